import {
	assumedRows,
	describeProvenance,
	fieldProvenance,
	provenanceKindLabel,
	provenanceWords,
	type WithAssumed
} from './provenance';
import type { Citation } from './sources';

/** Where a record came from, and each value on it the modeller chose, as the tables label them. */
export interface OriginLabels {
	/**
	 * The record's own kind ("Source", "HR export establishment.csv"), or "Assumption" when the
	 * record itself is a reading.
	 */
	kind: string;
	isAssumption: boolean;
	/** The record's origin in a phrase ("source: Cabinet report, 19 January 2021, Appendix A section 3"). */
	text: string;
	/** The cited document, to link to its entry on the Sources page, when the record cites one. */
	citation?: Citation;
	/** The values assumed on a record whose kind says otherwise: [{ words: 'grade', note }]. */
	assumed: { words: string; note: string }[];
}

/**
 * A record's labels for a table row: its own kind, and, where it mixes a sourced fact with values
 * the modeller chose, each of those as an assumption of its own (a source post with an assumed
 * grade reads "Source" and "Assumed: grade").
 */
export function originLabels(record: WithAssumed): OriginLabels {
	const own = fieldProvenance(record, 'exists');
	const { citation } = describeProvenance(own);
	return {
		kind: provenanceKindLabel(own),
		isAssumption: own.kind === 'assumption',
		text: provenanceWords(own),
		...(citation?.href ? { citation } : {}),
		assumed: assumedRows(record)
			.filter((r) => r.field !== 'exists')
			.map(({ words, note }) => ({ words, note }))
	};
}
