/**
 * Structural equality of plain JSON-like data and Maps (a structure holds nothing else; its posts
 * are a Map). Key order does not matter, and a key whose value is undefined counts as absent, so a record
 * that went through YAML or structuredClone compares equal to the original.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	if (a instanceof Map || b instanceof Map) {
		if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
		for (const [key, value] of a) if (!b.has(key) || !deepEqual(value, b.get(key))) return false;
		return true;
	}
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	let countA = 0;
	for (const key in ra) {
		if (ra[key] === undefined) continue;
		countA++;
		if (!deepEqual(ra[key], rb[key])) return false;
	}
	let countB = 0;
	for (const key in rb) if (rb[key] !== undefined) countB++;
	return countA === countB;
}
