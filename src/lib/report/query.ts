import { formatStructureRef, parseStructureRef } from '$lib/model/structureRef';

/**
 * The report's address: /report?base=clt-2020@1&options=a@3,b,c. Each structure is named the one
 * way an address names a structure: `id` for its latest version, `id@N` for version N. (The older
 * `&versions=clt-2020@1,a@3` is still read.) The PDF and CSV links pin the versions the page was
 * made from, so what is downloaded matches what was read.
 */
export interface ReportQuery {
	base: string;
	options: string[];
	/** Structure id → stored version. */
	versions: Record<string, number>;
}

export type ReportQueryResult = { ok: true; query: ReportQuery } | { ok: false; message: string };

export const MAX_OPTIONS = 6;
const ID = /^[a-z0-9][a-z0-9-]*$/;

export function parseReportQuery(params: URLSearchParams): ReportQueryResult {
	const versions: Record<string, number> = {};
	/** The id of `id` or `id@N` (noting N), or undefined when it is not a structure id. */
	const idOf = (text: string): string | undefined => {
		const ref = parseStructureRef(text);
		if (!ref || !ID.test(ref.id)) return undefined;
		if (ref.version !== undefined) versions[ref.id] = ref.version;
		return ref.id;
	};
	const baseText = params.get('base')?.trim() ?? '';
	if (!baseText)
		return { ok: false, message: 'Say which structure to cost against: ?base=clt-2020' };
	const base = idOf(baseText);
	if (!base) return { ok: false, message: `base: '${baseText}' is not a structure id` };
	// Comma-separated, or repeated (?options=a&options=b, as a form of checkboxes sends them).
	const optionTexts = params
		.getAll('options')
		.flatMap((v) => v.split(','))
		.map((s) => s.trim())
		.filter(Boolean);
	const options: string[] = [];
	for (const text of optionTexts) {
		const id = idOf(text);
		if (!id) return { ok: false, message: `options: '${text}' is not a structure id` };
		options.push(id);
	}
	if (options.length === 0)
		return {
			ok: false,
			message: 'Say which options to cost: &options=id1,id2 (structure ids, comma-separated)'
		};
	if (options.length > MAX_OPTIONS)
		return {
			ok: false,
			message: `options: at most ${MAX_OPTIONS} options fit a report; ${options.length} were given`
		};
	if (new Set(options).size !== options.length)
		return { ok: false, message: 'options: an option is listed twice' };
	for (const entry of (params.get('versions') ?? '').split(',').filter((s) => s.trim())) {
		const m = /^([a-z0-9][a-z0-9-]*)@(\d+)$/.exec(entry.trim());
		if (!m || Number(m[2]) < 1)
			return {
				ok: false,
				message: `versions: '${entry}' should read id@version, for example clt-2020@1`
			};
		if (m[1] !== base && !options.includes(m[1]))
			return {
				ok: false,
				message: `versions: '${m[1]}' is neither the base nor one of the options`
			};
		versions[m[1]] = Number(m[2]);
	}
	return { ok: true, query: { base, options, versions } };
}

export function reportQueryString(q: ReportQuery): string {
	const ref = (id: string) => formatStructureRef({ id, version: q.versions[id] });
	const params = new URLSearchParams({ base: ref(q.base), options: q.options.map(ref).join(',') });
	// Commas and @ read better unescaped and are safe in a query.
	return params.toString().replace(/%2C/g, ',').replace(/%40/g, '@');
}
