import { describe, expect, it } from 'vitest';
import { layers } from '../analysis/layers';
import { spanOfControl } from '../analysis/spanOfControl';
import { structureCost } from '../analysis/cost';
import { validateStructure } from '../model/validate';
import { establishment, option } from '$lib/testing/seniorOptionFixture';
import { applySeniorOption } from './applySeniorOption';
import { suggestSeniorMapping } from './suggestSeniorMapping';

const MAPPING = { replaced: ['E0', 'D1', 'D2'], reportsMoveTo: { D1: 'md-care', D2: 'md-homes' } };

describe('applySeniorOption', () => {
	it('applySeniorOption puts the teams under the option posts they are mapped to', () => {
		const r = applySeniorOption(establishment(), option(), MAPPING, {
			id: 'applied',
			name: 'Applied'
		});
		if (!r.ok) throw new Error(r.problems.join('\n'));
		const s = r.structure;
		expect(validateStructure(s, 'applied')).toEqual([]);
		// 4 option posts + 4 heads + 12 officers.
		expect([...s.posts.keys()]).toHaveLength(20);
		expect(s.posts.get('H1')!.reportsTo).toBe('md-care');
		expect(s.posts.get('H3')!.reportsTo).toBe('md-homes');
		expect(s.posts.get('S5')!.reportsTo).toBe('H2');
		// Spans: the CEO 3; each MD 2; each head 3 → 7 managers, (3 + 2 + 2 + 4 × 3) / 7 = 19/7.
		const spans = spanOfControl(s);
		expect(spans.ceo.span).toBe(3);
		expect(spans.averageSpan).toBeCloseTo(19 / 7, 10);
		expect(layers(s).count).toBe(4);
		// The units the replaced directors headed keep their teams but lose their head.
		expect(s.units.adults.head).toBeUndefined();
		expect(s.seniorOption).toEqual({
			optionId: 'option',
			establishmentId: 'establishment',
			replaced: ['E0', 'D1', 'D2'],
			reportsMoveTo: { D1: 'md-care', D2: 'md-homes' },
			optionName: 'The option',
			titles: {
				E0: 'Chief Executive',
				D1: 'Director of Adult Social Care',
				D2: 'Director of Housing',
				'md-care': 'Managing Director: Adult Care',
				'md-homes': 'Managing Director: Housing and Homes'
			}
		});
	});

	it('applySeniorOption changes the cost by the option’s senior posts alone', () => {
		// Before: CEO £228,610.94 + 2 directors × £192,011.26 + 16 × £91,747.26 = £2,080,589.62.
		// After: CEO £228,610.94 + 3 directors × £192,011.26 + 16 × £91,747.26 = £2,272,600.88.
		const r = applySeniorOption(establishment(), option(), MAPPING, { id: 'a', name: 'A' });
		if (!r.ok) throw new Error(r.problems.join('\n'));
		expect(structureCost(establishment()).total).toBe(2080589.62);
		expect(structureCost(r.structure).total).toBe(2272600.88);
	});

	it('applySeniorOption refuses a replaced post whose team has nowhere to go, naming the team', () => {
		const r = applySeniorOption(
			establishment(),
			option(),
			{ replaced: ['E0', 'D1', 'D2'], reportsMoveTo: { D1: 'md-care' } },
			{ id: 'a', name: 'A' }
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toEqual([
			'Head of Service 3 (H3) reports to Director of Housing, which the option replaces; choose the option post its team moves to.',
			'Head of Service 4 (H4) reports to Director of Housing, which the option replaces; choose the option post its team moves to.'
		]);
	});

	it('applySeniorOption refuses to keep the establishment’s top post beside the option’s', () => {
		const r = applySeniorOption(
			establishment(),
			option(),
			{ replaced: ['D1', 'D2'], reportsMoveTo: MAPPING.reportsMoveTo },
			{ id: 'a', name: 'A' }
		);
		expect(!r.ok && r.problems[0]).toBe(
			'The top post of The establishment (Chief Executive) must be among the posts the option replaces.'
		);
	});
});

describe('suggestSeniorMapping', () => {
	it('suggestSeniorMapping replaces the top layers and matches teams by the words of titles', () => {
		expect(suggestSeniorMapping(establishment(), option(), 2)).toEqual(MAPPING);
	});
});
