import type { Provenance } from '../model/types';
import { citeSource, nameSourceIds, type Citation } from './sources';

/** The word each kind of origin is shown under; an assumption is always called one. */
export const PROVENANCE_KIND_NAMES: Record<Provenance['kind'], string> = {
	source: 'Source',
	'public-record': 'Public record',
	assumption: 'Assumption',
	reconstruction: 'Reconstruction'
};

/**
 * Where a figure came from, in words: "Cabinet report, 19 January 2021, Appendix A section 3 —
 * note", with the citation alone (to link to the document's entry) when it cites a source.
 */
export function describeProvenance(p: Provenance): {
	kind: string;
	text: string;
	citation?: Citation;
} {
	const kind = PROVENANCE_KIND_NAMES[p.kind];
	// The model's own notes name documents by short id; on screen they are named in full.
	const named = nameSourceIds;
	const withNote = (main: string, note?: string) => (note ? `${main} — ${named(note)}` : main);
	switch (p.kind) {
		case 'source': {
			const citation = citeSource(p.file, p.section);
			return { kind, text: withNote(citation.text, p.note), citation };
		}
		case 'public-record':
			return { kind, text: withNote(named(p.record), p.note) };
		case 'assumption':
			return { kind, text: named(p.note) };
		case 'reconstruction':
			return { kind, text: named(p.record ? `${p.note} (from ${p.record})` : p.note) };
	}
}

/**
 * A provenance in one short phrase for running text and CSV, saying plainly when a figure is an
 * assumption: "source: Cabinet report, 19 January 2021, para 7.3.1", "public record: BCC pay
 * 2020/21", "assumption: …".
 */
export function provenanceWords(p: Provenance): string {
	const kind = PROVENANCE_KIND_NAMES[p.kind].toLowerCase();
	switch (p.kind) {
		case 'source':
			return `${kind}: ${citeSource(p.file, p.section).text}`;
		case 'public-record':
			return `${kind}: ${nameSourceIds(p.record)}`;
		case 'assumption':
		case 'reconstruction':
			return `${kind}: ${nameSourceIds(p.note)}`;
	}
}

/** A record that may carry per-field assumptions (model/types.ts, Assumed). */
export interface WithAssumed {
	provenance: Provenance;
	assumed?: Record<string, string>;
}

/** How each field a record can assume reads in a sentence. */
const FIELD_WORDS: Record<string, string> = {
	exists: 'the post itself',
	grade: 'grade',
	start: 'start date',
	end: 'end date',
	funding: 'funding split',
	point: 'costing point',
	min: 'band minimum',
	max: 'band maximum',
	reportsTo: 'line manager',
	statutoryRoles: 'statutory roles',
	director: 'counted among the directors'
};

export function fieldWords(field: string): string {
	return FIELD_WORDS[field] ?? field;
}

/**
 * Where one value on a record came from: the record's own note for that field when the modeller
 * chose it (`assumed`), else the record's provenance. A source post with an assumed grade reads
 * "source" for the post and "assumption" for its grade.
 */
export function fieldProvenance(record: WithAssumed, field: string): Provenance {
	const note = record.assumed?.[field];
	return note !== undefined ? { kind: 'assumption', note } : record.provenance;
}

/** The record's assumed values, in the order given: [{ field, words, note }]. */
export function assumedRows(record: WithAssumed): { field: string; words: string; note: string }[] {
	return Object.entries(record.assumed ?? {}).map(([field, note]) => ({
		field,
		words: fieldWords(field),
		note: nameSourceIds(note)
	}));
}

/**
 * A record's provenance with its assumed values, in one phrase for running text and CSV:
 * "source: Cabinet report, 19 January 2021, Appendix A section 3; assumed: grade (…); start date (…)".
 */
export function provenanceWithAssumedWords(record: WithAssumed): string {
	const rows = assumedRows(record);
	const main = provenanceWords(record.provenance);
	return rows.length
		? `${main}; assumed: ${rows.map((r) => `${r.words} (${r.note})`).join('; ')}`
		: main;
}
