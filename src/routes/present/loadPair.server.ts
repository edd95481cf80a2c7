import { canSeePay, type User } from '$lib/server/auth';
import { withholdPay } from '$lib/analysis/withholdPay';
import { openStructure, visibleStructures } from '$lib/server/resolve';

/**
 * The two structures a presentation is built from (?a=…&b=…, each `id` or `id@N`), or the list
 * to choose from.
 */
export function loadPair(url: URL, user: User | undefined) {
	const structures = visibleStructures(user).map((s) => ({ id: s.id, name: s.name }));
	const aId = url.searchParams.get('a') ?? '';
	const bId = url.searchParams.get('b') ?? '';
	if (!aId || !bId) return { structures, payMasked: !canSeePay(user), pair: undefined };
	const a = openStructure(aId, user);
	const b = openStructure(bId, user);
	const pay = canSeePay(user);
	return {
		structures,
		/** Without the right to see pay the deck's figures of pay read "masked" whatever the switch. */
		payMasked: !pay,
		pair: {
			a: pay ? a.structure : withholdPay(a.structure).structure,
			b: pay ? b.structure : withholdPay(b.structure).structure,
			aVersion: a.version,
			bVersion: b.version,
			aRef: aId.trim(),
			bRef: bId.trim(),
			/** Both windows rebuild their deck when either structure or version changes. */
			key: `${a.structure.id}@${a.version}:${b.structure.id}@${b.version}`
		}
	};
}
