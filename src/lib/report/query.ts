/**
 * The report's address: /report?base=clt-2020&options=a,b,c&versions=clt-2020@1,a@3.
 * `versions` is optional: a structure without one is read at its latest version. The PDF and CSV
 * links pin the versions the page was made from, so what is downloaded matches what was read.
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
	const base = params.get('base')?.trim() ?? '';
	if (!base) return { ok: false, message: 'Say which structure to cost against: ?base=clt-2020' };
	if (!ID.test(base)) return { ok: false, message: `base: '${base}' is not a structure id` };
	// Comma-separated, or repeated (?options=a&options=b, as a form of checkboxes sends them).
	const options = params
		.getAll('options')
		.flatMap((v) => v.split(','))
		.map((s) => s.trim())
		.filter(Boolean);
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
	for (const id of options)
		if (!ID.test(id)) return { ok: false, message: `options: '${id}' is not a structure id` };
	if (new Set(options).size !== options.length)
		return { ok: false, message: 'options: an option is listed twice' };
	const versions: Record<string, number> = {};
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
	const params = new URLSearchParams({ base: q.base, options: q.options.join(',') });
	const pinned = Object.entries(q.versions).map(([id, v]) => `${id}@${v}`);
	if (pinned.length) params.set('versions', pinned.join(','));
	// Commas and @ read better unescaped and are safe in a query.
	return params.toString().replace(/%2C/g, ',').replace(/%40/g, '@');
}
