import {
	buildCostedOptionsReport,
	type CostedOptionsReport,
	type CostedOptionsSettings,
	type ReportQuery
} from '$lib/report';
import type { User } from '$lib/server/auth';
import { openStructure } from '$lib/server/resolve';

/**
 * Reads the base and the options from the store (at the versions asked for, else the latest) and
 * assembles the report. Shared by the page, the PDF and the CSV, so all three show the same
 * figures. The query it returns pins every version that was read.
 */
export function loadReport(
	query: ReportQuery,
	user: User | undefined,
	settings: CostedOptionsSettings = {}
): { report: CostedOptionsReport; pinned: ReportQuery } {
	const ids = [query.base, ...query.options];
	const found = ids.map((id) => openStructure({ id, version: query.versions[id] }, user));
	const [base, ...options] = found.map((f) => ({
		structure: f.structure,
		version: f.version,
		builtIn: f.builtIn
	}));
	const report = buildCostedOptionsReport(base, options, settings);
	const versions: Record<string, number> = {};
	ids.forEach((id, i) => (versions[id] = found[i].version));
	return { report, pinned: { ...query, versions } };
}
