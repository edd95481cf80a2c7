import { orgIndex } from '../analysis/orgIndex';
import type { Post, SeniorOptionApplied, Structure } from '../model/types';

/**
 * A first mapping to show the user: the establishment's top `layers` layers are replaced; each
 * replaced post with a team keeps it under the option post that is plainly the same post (its
 * title's words alike), else the option's director whose title shares the most words with its
 * own, else the director whose remit names the most of them, else where its manager's team
 * goes (the option's top post for the top post). The user changes any of it before applying.
 */
export function suggestSeniorMapping(
	establishment: Structure,
	option: Structure,
	layers = 2
): Pick<SeniorOptionApplied, 'replaced' | 'reportsMoveTo'> {
	const index = orgIndex(establishment);
	const replaced: string[] = [];
	for (let k = 0; k < index.reachable; k++) {
		const i = index.order[k];
		if (index.depth[i] >= 1 && index.depth[i] <= layers) replaced.push(index.ids[i]);
	}
	const isReplaced = new Set(replaced);
	const live = [...option.posts.values()].filter((p) => p.status !== 'deleted');
	// The same post in both structures, wherever the option puts it (the option's top post is
	// matched as a director below, so a replaced deputy is not handed the whole council).
	const sameTitle = new Map<string, string>();
	for (const p of live) {
		const key = wordKey(words(p.title));
		if (p.id !== option.ceo && key && !sameTitle.has(key)) sameTitle.set(key, p.id);
	}
	// Otherwise teams go to directors (the Managing Directors and the Core), not to their assistants.
	const directors = live.filter((p) => p.director);
	const candidates = (directors.length ? directors : live).map((p: Post) => ({
		id: p.id,
		title: words(p.title),
		remit: words(`${p.title} ${p.remit ?? ''}`)
	}));
	const reportsMoveTo: Record<string, string> = {};
	// Each replaced post's match, managers first (breadth-first), so a post whose title matches
	// nothing keeps its team beside its manager's.
	const matchOf = new Map<string, string>();
	for (const id of replaced) {
		const i = index.position.get(id)!;
		const own = words(establishment.posts.get(id)!.title);
		const parent = index.parent[i] >= 0 ? index.ids[index.parent[i]] : undefined;
		const match =
			sameTitle.get(wordKey(own)) ??
			bestMatch(candidates, (c) => jaccard(own, c.title)) ??
			bestMatch(candidates, (c) => shareFound(own, c.remit)) ??
			(parent === undefined ? undefined : matchOf.get(parent)) ??
			option.ceo;
		matchOf.set(id, match);
		for (let c = index.childStart[i]; c < index.childStart[i + 1]; c++)
			if (!isReplaced.has(index.ids[index.childList[c]])) {
				reportsMoveTo[id] = match;
				break;
			}
	}
	return { replaced, reportsMoveTo };
}

/** The candidate with the highest score above nothing (the first of equals), or undefined. */
function bestMatch<C extends { id: string }>(
	candidates: C[],
	score: (c: C) => number
): string | undefined {
	let best: string | undefined;
	let bestScore = 0;
	for (const c of candidates) {
		const s = score(c);
		if (s > bestScore) [best, bestScore] = [c.id, s];
	}
	return best;
}

function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/** The share of `own`'s words that `text` contains. */
function shareFound(own: Set<string>, text: Set<string>): number {
	let found = 0;
	for (const w of own) if (text.has(w)) found++;
	return found / (own.size || 1);
}

const STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'director', 'head', 'managing', 'chief']);

function words(title: string): Set<string> {
	return new Set(
		title
			.toLowerCase()
			.split(/[^a-z]+/)
			.filter((w) => w.length > 2 && !STOP_WORDS.has(w))
	);
}

const wordKey = (ws: Set<string>) => [...ws].sort().join(' ');
