import {
	assumedRows,
	fieldProvenance,
	PROVENANCE_KIND_NAMES,
	provenanceWords,
	type WithAssumed
} from './provenance';

/** Where a record came from, and each value on it the modeller chose, as the tables label them. */
export interface OriginLabels {
	/** The record's own kind ("Source"), or "Assumption" when the record itself is a reading. */
	kind: string;
	isAssumption: boolean;
	/** The record's origin in a phrase ("source: 003…, Appendix A section 3"). */
	text: string;
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
	return {
		kind: PROVENANCE_KIND_NAMES[own.kind],
		isAssumption: own.kind === 'assumption',
		text: provenanceWords(own),
		assumed: assumedRows(record)
			.filter((r) => r.field !== 'exists')
			.map(({ words, note }) => ({ words, note }))
	};
}
