import { it, expect } from 'vitest';
import { loadBuiltInModels } from '$lib/model';
import { buildSlides } from '$lib/presentation/slides';
it('scratch', () => {
	const all = loadBuiltInModels();
	const by = Object.fromEntries(all.map((s) => [s.id, s]));
	const slides = buildSlides(by['clt-2020'], by['core-delivery-2021-md-to-purpose']);
	console.log(JSON.stringify(slides, null, 1).slice(0, 30000));
	expect(1).toBe(1);
});
