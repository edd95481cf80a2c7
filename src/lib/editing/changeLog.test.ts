import { describe, expect, it } from 'vitest';
import { applyEdits } from './applyEdit';
import { changeLogLine, describeChange, describePatches } from './changeLog';
import { editingFixture } from '$lib/testing/editingFixture';

const s = editingFixture();

describe('changeLog', () => {
	it('describeChange says in words what differs between two snapshots', () => {
		const r = applyEdits(s, [
			{ type: 'moveService', serviceId: 'parking', unitId: 'city-operations' },
			{ type: 'regradePost', postId: 'dcm', grade: 'jnc-strategic-director' },
			{ type: 'setAssumption', key: 'payAward', value: 0.03 }
		]);
		if (!r.ok) throw new Error(r.error);
		expect(changeLogLine(describeChange(s, r.structure))).toBe(
			'Director of City Management is regraded from JNC Director to JNC Strategic Director (+£15,936 a year); Parking moves from Neighbourhoods to City Operations; Pay award a year is now 3% (was 2.75%)'
		);
	});

	it('describePatches is net: a post moved away and back says nothing', () => {
		const r = applyEdits(s, [
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'md-ops' },
			{ type: 'movePost', postId: 'ad-parking', newManagerId: 'dn' }
		]);
		if (!r.ok) throw new Error(r.error);
		expect(r.patches).toHaveLength(2);
		expect(describePatches(s, r.patches)).toEqual([]);
		expect(r.description).toBe('');
	});

	it('describeChange names top-level changes: the name, the top post and span rules', () => {
		const after = {
			...s,
			name: 'Option B',
			ceo: 'dcm',
			spanRules: { ...s.spanRules, ceoMax: 6 }
		};
		expect(describeChange(s, after)).toEqual([
			'Most direct reports for the Chief Executive is now 6 (was 5)',
			'The structure is now called Option B (was Editing fixture)',
			'The top post is now Director of City Management (was Chief Executive)'
		]);
	});
});
