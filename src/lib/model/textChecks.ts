import type { Issue, Path } from './validate';

/**
 * Characters that reorder how text is displayed (bidirectional embeddings, overrides and isolates).
 * A title holding U+202E shows its letters backwards: a post could read as another. Nothing in a
 * structure needs them, so they are refused with the place they are in.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Titles and names are read in charts, tables and slides; longer text is a remit or a note. */
const SHORT_FIELDS = new Set(['title', 'name']);
export const MAX_NAME_LENGTH = 300;
export const MAX_TEXT_LENGTH = 20_000;

/** Every string in the structure: no display-reordering characters, and no text beyond its limit. */
export function checkText(structure: unknown): Issue[] {
	const issues: Issue[] = [];
	// One path, pushed and popped as the walk goes (a copy only when there is a problem to place):
	// a 12,000-post structure has hundreds of thousands of values.
	const at: Path = [];
	const check = (value: string): void => {
		const bidi = BIDI_CONTROLS.exec(value);
		if (bidi) {
			const code = bidi[0].codePointAt(0)!.toString(16).toUpperCase();
			issues.push({
				at: [...at],
				message: `contains the invisible character U+${code}, which reverses or reorders how the text is displayed; delete it`
			});
		}
		const key = at[at.length - 1];
		const max =
			typeof key === 'string' && SHORT_FIELDS.has(key) ? MAX_NAME_LENGTH : MAX_TEXT_LENGTH;
		if (value.length > max)
			issues.push({
				at: [...at],
				message: `is ${value.length.toLocaleString('en-GB')} characters long; the most is ${max.toLocaleString('en-GB')}: shorten it`
			});
	};
	const visit = (value: unknown): void => {
		if (typeof value === 'string') check(value);
		else if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				at.push(i);
				visit(value[i]);
				at.pop();
			}
		} else if (value instanceof Map) {
			for (const [k, v] of value) {
				at.push(k);
				visit(v);
				at.pop();
			}
		} else if (value && typeof value === 'object')
			for (const k in value) {
				at.push(k);
				visit((value as Record<string, unknown>)[k]);
				at.pop();
			}
	};
	visit(structure);
	return issues;
}
