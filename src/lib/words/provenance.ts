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
 * How an imported post or unit names the council's HR export it came from, as its public record:
 * "HR export establishment.csv, row 7". Written and read back only here, so the pages can say
 * "HR export" (and which file) rather than "Public record".
 */
export function hrExportRecord(file: string, row?: number): string {
	return `HR export ${file}${row !== undefined ? `, row ${row}` : ''}`;
}

const HR_EXPORT_RECORD = /^HR export(?: (.*?))?(?:, row (\d+))?$/;

/** The HR export a record came from, the file and row as far as it names them; else undefined. */
export function hrExportOf(p: Provenance): { file?: string; row?: number } | undefined {
	if (p.kind !== 'public-record') return undefined;
	const m = HR_EXPORT_RECORD.exec(p.record.trim());
	if (!m) return undefined;
	return { ...(m[1] ? { file: m[1] } : {}), ...(m[2] ? { row: Number(m[2]) } : {}) };
}

/** Where in the export, in words: "establishment.csv, row 7", "establishment.csv", "row 7". */
function hrExportPlace(e: { file?: string; row?: number }): string {
	return [e.file, e.row !== undefined ? `row ${e.row}` : undefined].filter(Boolean).join(', ');
}

/**
 * The word a record's origin is shown under in a table, with the export's file named when the
 * record names it: "Source", "Public record", "HR export establishment.csv".
 */
export function provenanceKindLabel(p: Provenance): string {
	const hr = hrExportOf(p);
	if (hr) return hr.file ? `HR export ${hr.file}` : 'HR export';
	return PROVENANCE_KIND_NAMES[p.kind];
}

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
		case 'public-record': {
			const hr = hrExportOf(p);
			if (hr) return { kind: 'HR export', text: withNote(hrExportPlace(hr) || p.record, p.note) };
			return { kind, text: withNote(named(p.record), p.note) };
		}
		case 'assumption':
			return { kind, text: named(p.note) };
		case 'reconstruction':
			return { kind, text: named(p.record ? `${p.note} (from ${p.record})` : p.note) };
	}
}

/**
 * A provenance in one short phrase for running text and CSV, saying plainly when a figure is an
 * assumption: "source: Cabinet report, 19 January 2021, para 7.3.1", "public record: BCC pay
 * 2020/21", "HR export: establishment.csv, row 7", "assumption: …".
 */
export function provenanceWords(p: Provenance): string {
	const kind = PROVENANCE_KIND_NAMES[p.kind].toLowerCase();
	switch (p.kind) {
		case 'source':
			return `${kind}: ${citeSource(p.file, p.section).text}`;
		case 'public-record': {
			const hr = hrExportOf(p);
			if (hr) return hrExportPlace(hr) ? `HR export: ${hrExportPlace(hr)}` : 'HR export';
			return `${kind}: ${nameSourceIds(p.record)}`;
		}
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
