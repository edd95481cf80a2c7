/**
 * A large made-up structure for benchmarks: a Chief Executive, then layers of managers with `span`
 * reports each until `posts` posts exist. Not a model of any council.
 */
import type { Post, Structure, Unit } from '../model/types';
import { grade, makeStructure, post, standardAssumptions, unit } from './structure';

const test = { kind: 'assumption', note: 'generated for a benchmark' } as const;

export function generateStructure(posts = 12000, span = 8): Structure {
	const units: Unit[] = [];
	for (let u = 0; u < 50; u++)
		units.push(unit(`unit-${u}`, `Unit ${u}`, { group: 'delivery', provenance: test }));
	const all: Post[] = [];
	for (let i = 0; i < posts; i++)
		all.push(
			post(`post-${i}`, `Post ${i}`, {
				grade: 'g1',
				unit: `unit-${i % 50}`,
				...(i === 0 ? {} : { reportsTo: `post-${Math.floor((i - 1) / span)}` }),
				provenance: test
			})
		);
	return makeStructure({
		id: 'generated',
		name: 'Generated',
		date: '2021-01-01',
		description: '',
		ceo: 'post-0',
		posts: all,
		units,
		grades: [grade('g1', 'Grade 1', 30000, { min: 20000, max: 40000, provenance: test })],
		assumptions: standardAssumptions(test),
		defaultFunding: { split: { generalFund: 100 }, provenance: test }
	});
}
