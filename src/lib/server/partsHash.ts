import { createHash } from 'node:crypto';
import { canonicalJson } from './migrations.ts';
import type { DocumentParts, EntriesPart } from './documentParts.ts';

/**
 * The hash of a version's document from its parts, block by block, so that an edit rewrites the
 * canonical text of only the blocks it touches. Re-exported by deltas.ts.
 */

const BLOCK = 256;

/**
 * The canonical text of an object kept as entries, in blocks of BLOCK sorted entries: a block with
 * no changed entry since the part this one was made from is that part's block.
 */
function canonicalBlocks(p: EntriesPart): string[] {
	if (p.blocks) return p.blocks;
	const sorted = (p.sorted ??= [...p.ids].sort());
	const pair = (id: string): string => {
		const text = p.json.get(id)!;
		let c = p.canonical.get(id);
		if (c?.json !== text) {
			c = { json: text, pair: `${JSON.stringify(id)}:${canonicalJson(JSON.parse(text))}` };
			p.canonical.set(id, c);
		}
		return c.pair;
	};
	const block = (b: number): string => {
		const texts: string[] = [];
		for (let i = b * BLOCK; i < Math.min(sorted.length, (b + 1) * BLOCK); i++)
			texts.push(pair(sorted[i]));
		return texts.join(',');
	};
	const from = p.from?.blocks && p.from.sorted === sorted ? p.from : undefined;
	if (from && p.changed) {
		const blocks = from.blocks!.slice();
		for (const id of p.changed) {
			// Binary search: the default sort and `<` both order by UTF-16 code units.
			let lo = 0;
			let hi = sorted.length - 1;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (sorted[mid] < id) lo = mid + 1;
				else hi = mid;
			}
			const b = Math.floor(lo / BLOCK);
			blocks[b] = block(b);
		}
		p.blocks = blocks;
	} else {
		p.blocks = Array.from({ length: Math.ceil(sorted.length / BLOCK) }, (_, b) => block(b));
	}
	return p.blocks;
}

/**
 * The sha256 of the document's canonical JSON (what `documentHash` gives), built from its parts so
 * that records whose text is unchanged since the parts they were made from reuse their canonical
 * text.
 */
export function partsHash(d: DocumentParts): string {
	const hash = createHash('sha256');
	const keys = [...d.keys].sort();
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i];
		const p = d.parts.get(k)!;
		hash.update(`${i ? ',' : '{'}${JSON.stringify(k)}:`);
		if (p.kind === 'value') {
			p.canonical ??= canonicalJson(JSON.parse(p.json));
			hash.update(p.canonical);
		} else {
			const blocks = canonicalBlocks(p);
			hash.update('{');
			for (let b = 0; b < blocks.length; b++) hash.update(b ? `,${blocks[b]}` : blocks[b]);
			hash.update('}');
		}
	}
	hash.update(keys.length ? '}' : '{}');
	return hash.digest('hex');
}
