import {
	isAlias,
	isCollection,
	isPair,
	isScalar,
	type Document,
	type LineCounter,
	type Node
} from 'yaml';
import type { ModelError } from './errors';

/**
 * How large a YAML document becomes once every *alias is written out, counted in characters of
 * scalar text, and the first alias at which it passes `limit`. yaml's own maxAliasCount counts
 * aliases, not what they expand to: a 450 KB string referenced 400 times is 12 aliases' worth of
 * text that becomes a 185 MB document. Each node's size is worked out once (aliases reuse it), so
 * this costs one pass over the tree whatever the file does.
 */
export function yamlExpansion(
	doc: Document,
	limit: number
): { size: number; overAt?: { offset: number } } {
	const sizes = new Map<unknown, number>();
	let size = 0;
	let overAt: { offset: number } | undefined;

	function sizeOf(node: unknown, depth: number): number {
		if (node === null || node === undefined) return 0;
		const known = sizes.get(node);
		if (known !== undefined) return known;
		// An alias cycle or absurd nesting: yaml itself refuses these in toJS.
		if (depth > 1000) return Infinity;
		let n = 0;
		if (isAlias(node)) n = sizeOf(node.resolve(doc), depth + 1);
		else if (isScalar(node)) n = String(node.value ?? '').length + 1;
		else if (isPair(node)) n = sizeOf(node.key, depth + 1) + sizeOf(node.value, depth + 1);
		else if (isCollection(node)) for (const item of node.items) n += sizeOf(item, depth + 1);
		sizes.set(node, n);
		return n;
	}

	// Walk the tree as written, adding each alias's expansion where it stands.
	function walk(node: unknown, depth: number): void {
		if (overAt || node === null || node === undefined || depth > 1000) return;
		if (isAlias(node)) {
			size += sizeOf(node, depth);
			if (size > limit) overAt = { offset: (node as Node).range?.[0] ?? 0 };
		} else if (isScalar(node)) size += String(node.value ?? '').length + 1;
		else if (isPair(node)) {
			walk(node.key, depth + 1);
			walk(node.value, depth + 1);
		} else if (isCollection(node)) for (const item of node.items) walk(item, depth + 1);
		if (!overAt && size > limit) overAt = { offset: (node as Node)?.range?.[0] ?? 0 };
	}
	walk(doc.contents, 0);
	return overAt ? { size, overAt } : { size };
}

/**
 * The most a model file may grow to when its aliases are written out: four times its own length
 * and a megabyte, ample for aliases that share a funding split or a meeting's members, and far
 * short of what an amplification attack needs.
 */
export function expansionLimit(textLength: number): number {
	return 4 * textLength + 1024 * 1024;
}

/** The located error for a file whose aliases expand past its limit, or undefined. */
export function expansionError(
	doc: Document,
	lines: LineCounter,
	textLength: number,
	file: string
): ModelError | undefined {
	const limit = expansionLimit(textLength);
	const { overAt } = yamlExpansion(doc, limit);
	if (!overAt) return undefined;
	const pos = lines.linePos(overAt.offset);
	return {
		file,
		line: pos.line,
		column: pos.col,
		field: '',
		message: `the file's *alias references expand it to more than ${Math.ceil(limit / (1024 * 1024))} MB (the most a file of this size may grow to); write the records out instead of repeating large &anchor blocks by *alias`
	};
}
