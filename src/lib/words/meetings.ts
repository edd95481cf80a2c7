import type { Cadence } from '../model/types';

const CADENCE_WORDS: Record<Cadence, string> = {
	weekly: 'weekly',
	fortnightly: 'fortnightly',
	monthly: 'monthly',
	quarterly: 'quarterly',
	annual: 'annually'
};

/** How often a meeting meets, as an adverb: "monthly", "annually". */
export function cadenceWord(c: Cadence): string {
	return CADENCE_WORDS[c] ?? c;
}
