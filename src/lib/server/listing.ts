import { summarise, type StructureSummary } from '../analysis';
import type { Records } from './records.ts';
import type { StructureListing } from './storeTypes.ts';

/**
 * The library's list of structures, each with its summary. Summaries are computed when first
 * listed and kept for the latest version of each structure (versions never change, so a summary
 * never goes stale; code changes restart the process).
 */
export type SummaryCache = Map<string, { version: number; summary: StructureSummary }>;

export function createListing(
	{ q, read }: Records,
	/** Shared with imports made off the request thread, which put their summary here. */
	summaries: SummaryCache = new Map()
): () => StructureListing[] {
	return function listStructures(): StructureListing[] {
		const rows = q.allStructures.all();
		const created = new Map(rows.map((r) => [r.id, r.created_at]));
		const listing = rows.map((r): StructureListing => {
			let summary = summaries.get(r.id);
			if (summary?.version !== r.latest) {
				summary = { version: r.latest, summary: summarise(read(r.id, r.latest)!.structure) };
				summaries.set(r.id, summary);
			}
			return {
				id: r.id,
				name: r.name,
				date: summary.summary.date,
				derivedFrom: r.derived_from ?? undefined,
				builtIn: r.built_in === 1,
				latestVersion: r.latest,
				updatedAt: r.updated_at,
				summary: summary.summary
			};
		});
		// Built-ins first, the oldest structure first; then scenarios in the order they were made.
		return listing.sort((a, b) => {
			if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
			if (a.builtIn) return a.date.localeCompare(b.date) || a.name.localeCompare(b.name);
			return created.get(a.id)!.localeCompare(created.get(b.id)!) || a.id.localeCompare(b.id);
		});
	};
}
