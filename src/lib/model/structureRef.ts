/**
 * How an address names a structure at a version: `id` for its latest version, `id@N` for version N
 * (`clt-2020@3`). One spelling everywhere: the structure pages (/structures/clt-2020@3/graph),
 * compare and present (?a=clt-2020@1&b=…), the report (?base=clt-2020@1&options=…) and the API
 * (/api/structures/clt-2020@3).
 */
export interface StructureRef {
	id: string;
	/** Absent for the latest version. */
	version?: number;
}

const WITH_VERSION = /^(.+)@(\d+)$/;

/**
 * `id` or `id@N` read as a reference. A version must be a whole number from 1; `undefined` when it
 * is not (`clt-2020@0`) or the text is empty.
 */
export function parseStructureRef(text: string): StructureRef | undefined {
	const trimmed = text.trim();
	if (!trimmed) return undefined;
	const m = WITH_VERSION.exec(trimmed);
	if (!m) return trimmed.includes('@') ? undefined : { id: trimmed };
	const version = Number(m[2]);
	return version >= 1 ? { id: m[1], version } : undefined;
}

/** The reference as written in an address: `id`, or `id@N` when a version is pinned. */
export function formatStructureRef(ref: StructureRef): string {
	return ref.version === undefined ? ref.id : `${ref.id}@${ref.version}`;
}
