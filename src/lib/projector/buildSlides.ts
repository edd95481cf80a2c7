import type { Structure } from '$lib/model/types';
import { accountabilitySlide } from './accountability';
import { councilCoreSlide } from './councilCore';
import { costSlide } from './cost';
import { deliveryFunctionsSlide } from './deliveryFunctions';
import { oldStructureSlide } from './oldStructure';
import { problemSlide } from './problem';
import { rhythmSlide } from './rhythm';
import type { Slide } from './types';
import { whatIfSlide } from './whatIf';

/**
 * The workshop story from a comparison: where we start (a), the problem, the new model (b) — its
 * Core, Delivery Functions, rhythm, accountability and cost — then "what if". `now` is b with the
 * room's what-if edits; every slide after the problem shows `now`, so a move shows everywhere.
 */
export function buildSlides(a: Structure, b: Structure, now: Structure = b): Slide[] {
	return [
		oldStructureSlide(a),
		problemSlide(a),
		councilCoreSlide(now),
		deliveryFunctionsSlide(now),
		rhythmSlide(a, now),
		accountabilitySlide(now),
		costSlide(a, now),
		whatIfSlide(a, b, now)
	];
}
