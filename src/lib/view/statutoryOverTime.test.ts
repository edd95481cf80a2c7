import { describe, expect, it } from 'vitest';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import type { Structure } from '$lib/model/types';
import { toStatutoryOverTime } from './statutoryOverTime';

const y2021 = () => loadBuiltInModels().find((m) => m.id === 'core-delivery-2021')!;

describe('toStatutoryOverTime', () => {
	it('finds no gap in the corrected 2021 model, and the DASS passing on 1 April 2022', () => {
		const v = toStatutoryOverTime(y2021());
		expect(v.gaps).toEqual([]);
		expect(v.overlaps).toEqual([]);
		const dass = v.spells.filter((r) => r.role === 'Director of Adult Social Services');
		expect(dass.map((r) => [r.from, r.to, r.holders])).toEqual([
			[
				'19 January 2021',
				'31 March 2022',
				'Director of Adult Social Care (Director of Adult Social Services until City Life Courses starts)'
			],
			['1 April 2022', '31 March 2024', 'Managing Director: City Life Courses']
		]);
	});

	it('lists a gap by date when the outgoing DASS leaves three months early', () => {
		const s = y2021();
		const early: Structure = {
			...s,
			interimPosts: {
				...s.interimPosts,
				'director-adult-social-care': {
					...s.interimPosts!['director-adult-social-care'],
					end: '2021-12-31'
				}
			}
		};
		expect(toStatutoryOverTime(early).gaps).toEqual([
			{
				role: 'Director of Adult Social Services',
				from: '1 January 2022',
				to: '31 March 2022',
				holders: 'nobody',
				gap: true,
				overlap: false
			}
		]);
	});
});
