import { describe, expect, it } from 'vitest';
import { phasingRows } from './phasingRows';

describe('phasingRows', () => {
	it('phasingRows words each part-year post as a row: dates, share of the year and cost', () => {
		// A post starting 1 July 2021 is in post 274 of the year's 365 days: 75%.
		const rows = phasingRows([
			{
				year: '2021/22',
				phasing: [
					{
						postId: 'md',
						title: 'Managing Director',
						fraction: 274 / 365,
						cost: 148104.4,
						side: 'option',
						start: '2021-07-01'
					},
					{
						postId: 'dir',
						title: 'Director of Neighbourhoods',
						fraction: 0.5,
						cost: null,
						side: 'outgoing',
						end: '2021-09-30'
					}
				]
			},
			{ year: '2022/23', phasing: [] }
		]);
		expect(rows).toEqual([
			{
				key: '2021/22:option:md',
				year: '2021/22',
				title: 'Managing Director',
				side: 'Option',
				when: 'from 1 July 2021',
				share: '75%',
				cost: '£148,104'
			},
			{
				key: '2021/22:outgoing:dir',
				year: '2021/22',
				title: 'Director of Neighbourhoods',
				side: 'Deleted, paid until it goes',
				when: 'to 30 September 2021',
				share: '50%',
				cost: 'masked'
			}
		]);
	});
});
