import type { Provenance } from '../model/types';

/** The word each kind of origin is shown under; an assumption is always called one. */
export const PROVENANCE_KIND_NAMES: Record<Provenance['kind'], string> = {
	source: 'Source',
	'public-record': 'Public record',
	assumption: 'Assumption',
	reconstruction: 'Reconstruction'
};

/** Where a figure came from, in words: "003_e19b15a5f720a5bc.txt, Appendix A section 3 — note". */
export function describeProvenance(p: Provenance): { kind: string; text: string } {
	const kind = PROVENANCE_KIND_NAMES[p.kind];
	const withNote = (main: string, note?: string) => (note ? `${main} — ${note}` : main);
	switch (p.kind) {
		case 'source':
			return { kind, text: withNote(`${p.file}, ${p.section}`, p.note) };
		case 'public-record':
			return { kind, text: withNote(p.record, p.note) };
		case 'assumption':
			return { kind, text: p.note };
		case 'reconstruction':
			return { kind, text: p.record ? `${p.note} (from ${p.record})` : p.note };
	}
}

/**
 * A provenance in one short phrase for running text and CSV, saying plainly when a figure is an
 * assumption: "source: 003.txt, 7.3.1", "public record: BCC pay 2020/21", "assumption: …".
 */
export function provenanceWords(p: Provenance): string {
	const kind = PROVENANCE_KIND_NAMES[p.kind].toLowerCase();
	switch (p.kind) {
		case 'source':
			return `${kind}: ${p.file}, ${p.section}`;
		case 'public-record':
			return `${kind}: ${p.record}`;
		case 'assumption':
		case 'reconstruction':
			return `${kind}: ${p.note}`;
	}
}
