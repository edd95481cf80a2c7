import { ID_PATTERN } from '../model/ids';
import { hasId } from '../model/collections';
import { didYouMean } from '../model/suggest';
import type { Structure } from '../model/types';
import { nameOf } from '../words';

/** Collections whose ids share one namespace (types.ts), plus grades, which the validator adds. */
const NAMESPACE = ['posts', 'units', 'services', 'bodies', 'meetings', 'grades'] as const;

/** The collection holding an id, if any. */
export function collectionOf(s: Structure, id: string): (typeof NAMESPACE)[number] | undefined {
	return NAMESPACE.find((c) => hasId<unknown>(s[c], id));
}

export function unknownPost(s: Structure, id: string): string {
	// The hint scans at most a few thousand ids (suggest.ts), so it stays cheap at 12,000 posts.
	return `there is no post '${id}'${didYouMean(id, [...s.posts.keys()])}`;
}

/**
 * The chain of line managers from `from` up to `to`, both included, when `to` is above `from`
 * (or is `from`); undefined otherwise. Stops on a cycle rather than looping.
 */
export function chainUpTo(s: Structure, from: string, to: string): string[] | undefined {
	const chain: string[] = [];
	const seen = new Set<string>();
	let cur: string | undefined = from;
	while (cur !== undefined && !seen.has(cur)) {
		chain.push(cur);
		if (cur === to) return chain;
		seen.add(cur);
		cur = s.posts.get(cur)?.reportsTo;
	}
	return undefined;
}

/** Lower-case words joined by hyphens, for ids made from titles; `fallback` when none are left. */
export function slug(text: string, fallback = 'record'): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return s || fallback;
}

/** `wanted` (slugged), or with -2, -3… appended until no record in the namespace uses it. */
export function freshId(s: Structure, wanted: string): string {
	const base = slug(wanted);
	let id = base;
	for (let n = 2; collectionOf(s, id); n++) id = `${base}-${n}`;
	return id;
}

/** Why an id given by the caller cannot be used, or undefined when it can. */
export function badNewId(s: Structure, id: string): string | undefined {
	if (!ID_PATTERN.test(id)) {
		return `'${id}' is not a usable id; use letters, digits, '.', '_' and '-', starting with a letter or digit`;
	}
	const c = collectionOf(s, id);
	if (c) return `the id '${id}' is already used by ${nameOf(s, id)} (${c}); choose another`;
	return undefined;
}
