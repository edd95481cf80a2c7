/**
 * A structure's id-keyed collections read one way, whichever form each has: the posts are a Map
 * (structureDocument.ts says why), the others plain objects. Code that walks every collection
 * (the diff, the validator's shared id namespace, history's equality, finding an id) reads them
 * through these instead of asking which it has at each use.
 */
export type Keyed<T> = Readonly<Record<string, T>> | ReadonlyMap<string, T>;

export function hasId<T>(c: Keyed<T>, id: string): boolean {
	return c instanceof Map ? c.has(id) : Object.hasOwn(c, id);
}

/** The record under `id` (undefined when there is none). */
export function byId<T>(c: Keyed<T>, id: string): T | undefined {
	if (c instanceof Map) return c.get(id);
	const record = c as Readonly<Record<string, T>>;
	return Object.hasOwn(record, id) ? record[id] : undefined;
}

export function idsOf<T>(c: Keyed<T>): Iterable<string> {
	return c instanceof Map ? c.keys() : Object.keys(c);
}

export function entriesOf<T>(c: Keyed<T>): Iterable<[string, T]> {
	return c instanceof Map ? c : Object.entries(c as Readonly<Record<string, T>>);
}
