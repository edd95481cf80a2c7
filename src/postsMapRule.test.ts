/**
 * A structure's posts are a Map (model/structureDocument.ts). The spellings that would treat it
 * as a plain object see no posts at all and raise no type error, so an ESLint rule refuses them:
 * this lints probe lines with the project's own config and checks that each such spelling is
 * flagged and that the Map's own methods are not.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

/** The probe lines the rule flags (one statement a line, after a declaration of `s` and `posts`). */
async function flagged(lines: string[]): Promise<string[]> {
	const head = [
		'declare const s: { posts: Map<string, { id: string }> };',
		'declare const posts: Map<string, { id: string }>;'
	];
	const text = [...head, ...lines].join('\n') + '\n';
	const [result] = await eslint.lintText(text, { filePath: 'src/lib/analysis/probe.ts' });
	return result.messages
		.filter((m) => m.ruleId === 'no-restricted-syntax')
		.map((m) => lines[m.line - 1 - head.length]);
}

const REFUSED = [
	'export const a = Object.keys(s.posts);',
	'export const b = Object.values(s.posts);',
	'export const c = Object.entries(s.posts);',
	"export const d = Object.hasOwn(s.posts, 'x');",
	'export const e = Object.keys(posts);',
	'for (const id in s.posts) console.log(id);',
	'for (const id in posts) console.log(id);',
	"export const f = 'x' in s.posts;",
	"export const g = 'x' in posts;",
	'export const h = { ...s.posts };'
];

const ALLOWED = [
	'export const i = [...s.posts.keys()];',
	'export const j = [...s.posts.values()];',
	"export const k = s.posts.has('x');",
	'for (const [id] of s.posts) console.log(id);',
	'export const l = Object.isFrozen(s.posts);',
	'export const m = s.posts.size;',
	'export const n = [...posts.values()];'
];

describe('the posts Map rule', () => {
	it('refuses every spelling that would read the posts Map as a plain object', async () => {
		expect(await flagged(REFUSED)).toEqual(REFUSED);
	});

	it('lets the Map’s own methods through', async () => {
		expect(await flagged(ALLOWED)).toEqual([]);
	});
});
