import type { PostBrief, PostMatch } from '$lib/view/unitGraph';

/**
 * The posts of a large structure's opened units, fetched from the server one unit at a time and
 * kept for the version they belong to. (Once the whole structure is loaded for editing, the graph
 * reads the posts from it instead, so edits show at once.)
 */
export class UnitContents {
	/** Posts sitting directly in each unit fetched so far. */
	contents: Readonly<Record<string, readonly PostBrief[]>> = $state.raw({});
	/** Why the last fetch failed, if it did. */
	error = $state<string | undefined>();
	#key = '';
	/** Units asked for (or here), so a unit is fetched once. */
	#asked: Record<string, true> = {};

	/** Fetch the units not yet here, for `ref` (id@version); forgets them all when ref changes. */
	async load(ref: string, units: readonly string[], fetcher: typeof fetch = fetch): Promise<void> {
		if (ref !== this.#key) {
			this.#key = ref;
			this.#asked = {};
			this.contents = {};
		}
		const missing = units.filter((u) => !this.#asked[u]);
		if (!missing.length) return;
		for (const u of missing) this.#asked[u] = true;
		this.error = undefined;
		const got = await Promise.all(
			missing.map(async (u) => {
				const res = await fetcher(
					`/api/structures/${encodeURIComponent(ref)}/units/${encodeURIComponent(u)}`
				);
				if (!res.ok) throw new Error(`the server answered ${res.status}`);
				return [u, ((await res.json()) as { posts: PostBrief[] }).posts] as const;
			})
		).catch((e: unknown) => {
			for (const u of missing) delete this.#asked[u];
			this.error = e instanceof Error ? e.message : String(e);
			return [];
		});
		if (ref !== this.#key || !got.length) return;
		this.contents = { ...this.contents, ...Object.fromEntries(got) };
	}
}

/** Posts of a structure (id@version) found by the server, by id or title. */
export async function searchPosts(
	ref: string,
	query: string,
	fetcher: typeof fetch = fetch
): Promise<PostMatch[]> {
	const res = await fetcher(
		`/api/structures/${encodeURIComponent(ref)}/posts?q=${encodeURIComponent(query)}`
	);
	if (!res.ok) throw new Error(`the server answered ${res.status}`);
	return ((await res.json()) as { posts: PostMatch[] }).posts;
}
