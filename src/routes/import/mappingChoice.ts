/**
 * The mapping as the import page holds it (every field named, '' for "not in this file"), and
 * remembering it in the browser for the next file with the same headers. Storage is passed in, so
 * the page gives localStorage and the tests a stand-in.
 */
import { SINGLE_FIELDS, type ColumnMapping, type SingleField } from '$lib/establishment/columns';
import { headersKey } from '$lib/establishment/preview';

export interface MappingChoice {
	fields: Record<SingleField, string>;
	/** Department levels, outermost first. */
	units: string[];
}

export function choiceOf(mapping: ColumnMapping): MappingChoice {
	const fields = {} as Record<SingleField, string>;
	for (const f of SINGLE_FIELDS) fields[f] = mapping[f] ?? '';
	return { fields, units: [...mapping.units] };
}

export function sameChoice(a: MappingChoice, b: MappingChoice): boolean {
	return (
		SINGLE_FIELDS.every((f) => a.fields[f] === b.fields[f]) &&
		a.units.length === b.units.length &&
		a.units.every((u, i) => u === b.units[i])
	);
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;
const PREFIX = 'council-design.import-mapping.';

/** The mapping last chosen for a file with these headers, if any (and only headers the file has). */
export function rememberedChoice(
	storage: Storage,
	headers: readonly string[]
): MappingChoice | undefined {
	let raw: string | null;
	try {
		raw = storage.getItem(PREFIX + headersKey(headers));
	} catch {
		return undefined;
	}
	if (!raw) return undefined;
	try {
		const c = JSON.parse(raw) as MappingChoice;
		const known = new Set(headers);
		const ok = (h: unknown) => h === '' || (typeof h === 'string' && known.has(h));
		if (!SINGLE_FIELDS.every((f) => ok(c.fields?.[f])) || !Array.isArray(c.units)) return undefined;
		if (!c.units.every((u) => ok(u) && u !== '')) return undefined;
		return { fields: { ...c.fields }, units: [...c.units] };
	} catch {
		return undefined;
	}
}

export function rememberChoice(storage: Storage, headers: readonly string[], c: MappingChoice) {
	try {
		storage.setItem(PREFIX + headersKey(headers), JSON.stringify(c));
	} catch {
		// Storage full or refused (private browsing): the mapping is simply not remembered.
	}
}
