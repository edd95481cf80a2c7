/** A binary heap of state numbers by priority. */
export class MinHeap {
	private keys: number[] = [];
	private prio: number[] = [];
	get size() {
		return this.keys.length;
	}
	push(key: number, p: number) {
		const { keys, prio } = this;
		let k = keys.length;
		keys.push(key);
		prio.push(p);
		while (k > 0) {
			const up = (k - 1) >> 1;
			if (prio[up] <= p) break;
			keys[k] = keys[up];
			prio[k] = prio[up];
			k = up;
		}
		keys[k] = key;
		prio[k] = p;
	}
	pop(): [number, number] {
		const { keys, prio } = this;
		const top: [number, number] = [keys[0], prio[0]];
		const lastKey = keys.pop()!;
		const lastPrio = prio.pop()!;
		if (keys.length) {
			let k = 0;
			for (;;) {
				const l = 2 * k + 1;
				if (l >= keys.length) break;
				const r = l + 1;
				const c = r < keys.length && prio[r] < prio[l] ? r : l;
				if (prio[c] >= lastPrio) break;
				keys[k] = keys[c];
				prio[k] = prio[c];
				k = c;
			}
			keys[k] = lastKey;
			prio[k] = lastPrio;
		}
		return top;
	}
}
