import type { Structure } from '../model/types';
import { costArrays } from './cost';
import { memoisePerStructure } from './memo';
import { orgIndex } from './orgIndex';

export interface UnitFigures {
	/** Live posts (headcount of posts, vacancies included). */
	posts: number;
	fte: number;
	/** Full-year cost, pounds with pence. */
	cost: number;
	/** Posts with status vacant. */
	vacant: number;
}

export interface UnitTotal {
	unit: string;
	name: string;
	parent?: string;
	/** The posts sitting directly in the unit. */
	own: UnitFigures;
	/** The unit with all its sub-units. */
	all: UnitFigures;
}

/** Headcount, FTE, cost and vacancies of every unit, on its own and with its sub-units. */
export const unitTotals: (s: Structure) => Record<string, UnitTotal> =
	memoisePerStructure(computeUnitTotals);

interface Sums {
	posts: number;
	fte: number;
	pence: number;
	vacant: number;
}

const fteOf = (x: number) => Math.round(x * 10000) / 10000;
const figures = (t: Sums): UnitFigures => ({
	posts: t.posts,
	fte: fteOf(t.fte),
	cost: t.pence / 100,
	vacant: t.vacant
});

function computeUnitTotals(s: Structure): Record<string, UnitTotal> {
	const index = orgIndex(s);
	const pence = costArrays(s).total;
	const own = new Map<string, Sums>();
	for (const id in s.units) own.set(id, { posts: 0, fte: 0, pence: 0, vacant: 0 });
	let lastUnit = '';
	let t: Sums | undefined;
	for (let i = 0; i < index.posts.length; i++) {
		const p = index.posts[i];
		if (p.unit !== lastUnit || !t) {
			t = own.get(p.unit);
			if (!t) own.set(p.unit, (t = { posts: 0, fte: 0, pence: 0, vacant: 0 }));
			lastUnit = p.unit;
		}
		t.posts++;
		t.fte += p.fte;
		t.pence += pence[i];
		if (p.status === 'vacant') t.vacant++;
	}
	// Roll each unit's own figures up into every unit above it (units are few; chains are short).
	const all = new Map<string, Sums>();
	for (const id of own.keys()) all.set(id, { posts: 0, fte: 0, pence: 0, vacant: 0 });
	for (const [id, o] of own) {
		let u: string | undefined = id;
		for (let steps = 0; u !== undefined && steps < 64; steps++) {
			const a = all.get(u);
			if (!a) break;
			a.posts += o.posts;
			a.fte += o.fte;
			a.pence += o.pence;
			a.vacant += o.vacant;
			u = s.units[u]?.parent;
		}
	}
	const out: Record<string, UnitTotal> = {};
	for (const [id, o] of own) {
		const unit = s.units[id];
		out[id] = {
			unit: id,
			name: unit?.name ?? id,
			...(unit?.parent ? { parent: unit.parent } : {}),
			own: figures(o),
			all: figures(all.get(id)!)
		};
	}
	return out;
}
