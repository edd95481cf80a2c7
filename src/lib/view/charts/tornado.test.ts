import { describe, expect, it } from 'vitest';
import { costSensitivity } from '$lib/analysis';
import { loadBuiltInModels } from '$lib/model/loadFiles';
import { toTornado } from './tornado';

const model = (id: string) => loadBuiltInModels().find((m) => m.id === id)!;

describe('toTornado', () => {
	it('places the stated +£510,000 in the range, the drivers largest swing first', () => {
		const b = model('core-delivery-2021');
		const t = toTornado(costSensitivity(model('clt-2020'), b, b.statedCostChange));
		expect(t.modelledText).toBe('+£537,121');
		expect(t.statedText).toBe('+£510,000');
		expect(t.placementWords).toBe(
			'The stated +£510,000 lies within the range +£195,621 to +£804,981: every driver at its lower setting gives +£195,621, at its higher +£804,981.'
		);
		expect(t.bars.map((d) => d.short)).toEqual([
			'Which posts go',
			'Director of Development',
			'Pay year',
			'Grade points',
			'Employer pension contribution rate',
			'Employer National Insurance rate'
		]);
		// Without the separate Director of Development the change is £188,070 less.
		const dev = t.bars[1];
		expect([dev.lowText, dev.highText, dev.swingText]).toEqual([
			'+£349,052',
			'+£537,121',
			'+£188,070'
		]);
		expect([dev.lowSetting, dev.highSetting]).toEqual(['without it', 'with it']);
		// One Assistant Director (£108,347 a year) either way.
		expect(t.bars[0].swingText).toBe('+£216,695');
		expect(t.extent).toEqual([195620.74, 804981.36]);
	});
});
