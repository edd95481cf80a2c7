import { describe, expect, it } from 'vitest';
import { compareStructures } from '../analysis/compare';
import { describeDiff } from '../analysis/describeDiff';
import { diffStructures } from '../analysis/diff';
import { changesSinceSaved, createHistory, record } from './history';
import type { Edit } from './edits';
import { editingFixture } from '$lib/testing/editingFixture';
import { applied } from '$lib/testing/editChecks';

const s = editingFixture();

/** One edit and the one sentence every page says for it. */
const EDITS: [Edit, string][] = [
	[
		{ type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' },
		// 157,500 − 145,500 = 12,000 salary + 13.8% NI 1,656 + 19% pension 2,280 = +£15,936
		'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year)'
	],
	[
		{ type: 'moveService', serviceId: 'parking', unitId: 'city-operations' },
		'Parking moves from Neighbourhoods to City Operations'
	],
	[
		{ type: 'setAssumption', key: 'payAward', value: 0.03 },
		'Pay award a year is now 3% (was 2.75%)'
	],
	[
		{ type: 'setAssumption', key: 'baseYear', value: 2021 },
		'Grade points priced at is now 2021/22 (was 2020/21)'
	],
	[
		{ type: 'setPostFunding', postId: 'dn', funding: { generalFund: 60, hra: 40 } },
		'Director of Neighbourhoods is now funded 60% General Fund, 40% Housing Revenue Account (was 100% General Fund)'
	],
	[
		{ type: 'retitlePost', postId: 'dn', title: 'Director of Places' },
		'Director of Neighbourhoods is retitled Director of Places'
	]
];

describe('one describer of changes', () => {
	it.each(EDITS)('one edit reads as one sentence in the change log: %o', (edit, sentence) => {
		const r = applied(s, edit);
		expect(r.description).toBe(sentence);
		// The save's change log (everything since the last save) says the same.
		const h = record(createHistory(s), r);
		expect(changesSinceSaved(h)).toEqual([sentence]);
	});

	it.each(EDITS)('compare and the built-in refresh say the same sentence: %o', (edit, sentence) => {
		const after = applied(s, edit).structure;
		// The store's refresh of a built-in model writes describeDiff(diffStructures(before, after)).
		const refreshed = describeDiff(diffStructures(s, after));
		const compared = compareStructures(s, after, { provenance: true }).differences;
		// The record's sentence comes first; what it does to spans and cost follows. (The report's
		// changed posts say it too: report/postRows.test.ts.)
		expect(refreshed[0]).toBe(sentence);
		expect(compared[0]).toBe(sentence);
	});
});
