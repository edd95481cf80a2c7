/** "Did you mean" help for unknown ids and field names. */

/** Levenshtein distance, bounded: gives up (returns max + 1) once the distance passes max. */
export function editDistance(a: string, b: string, max = 3): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (cur[j] < rowMin) rowMin = cur[j];
		}
		if (rowMin > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}

/** Candidates this close to the word, nearest first (none if nothing is close). */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
	const max = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
	const found: { c: string; d: number }[] = [];
	let seen = 0;
	for (const c of candidates) {
		// Guard the cost on very large structures; a hint is a courtesy, not a requirement.
		if (++seen > 5000) break;
		const d = editDistance(word.toLowerCase(), c.toLowerCase(), max);
		if (d <= max) found.push({ c, d });
	}
	return found
		.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
		.slice(0, limit)
		.map((f) => f.c);
}

/** ", did you mean 'x'?" or '' */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const near = closest(word, candidates);
	return near.length ? `; did you mean ${near.map((n) => `'${n}'`).join(' or ')}?` : '';
}

/** A short list for a message: "a, b, c and 12 more". */
export function listSome(items: readonly string[], limit = 8): string {
	if (items.length === 0) return '(none)';
	if (items.length <= limit) return items.join(', ');
	return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}
