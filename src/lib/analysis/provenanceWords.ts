import type { Provenance } from '../model/types';

/** A provenance in words, saying plainly when a figure is an assumption. */
export function provenanceWords(p: Provenance): string {
	switch (p.kind) {
		case 'source':
			return `source: ${p.file}, ${p.section}`;
		case 'public-record':
			return `public record: ${p.record}`;
		case 'assumption':
			return `assumption: ${p.note}`;
		case 'reconstruction':
			return `reconstruction: ${p.note}`;
	}
}
