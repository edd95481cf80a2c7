/**
 * Finds where a path points in a parsed YAML document, so an error can name a line and column.
 * Paths are YAML paths (`['posts', 3, 'grade']`); where the path runs out (a missing field), the
 * nearest enclosing node is used.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { Path } from './validate';

export interface Place {
	line?: number;
	column?: number;
	/** The part of the path that exists in the document. */
	found: Path;
}

type Ranged = { range?: [number, number, number] | null };

export function placeOf(doc: Document, lc: LineCounter, path: Path): Place {
	let node: unknown = doc.contents;
	let mark: Ranged | null = (node as Ranged) ?? null;
	const found: Path = [];
	for (const seg of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg)
			);
			if (!pair) break;
			// A field's place is its key; a value node may be absent (`reportsTo:` with nothing).
			mark = (pair.key as Ranged) ?? (pair.value as Ranged);
			node = pair.value;
		} else if (isSeq(node) && typeof seg === 'number') {
			const item = node.items[seg];
			if (item === undefined) break;
			mark = item as Ranged;
			node = item;
		} else break;
		found.push(seg);
	}
	const offset = mark?.range?.[0];
	if (offset === undefined) return { found };
	const pos = lc.linePos(offset);
	return { line: pos.line, column: pos.col, found };
}
