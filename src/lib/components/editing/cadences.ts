import type { Cadence } from '$lib/model/types';

/** The cadences a meeting can have, in the order a person would pick them. */
export const CADENCES: { id: Cadence; label: string }[] = [
	{ id: 'weekly', label: 'Weekly' },
	{ id: 'fortnightly', label: 'Fortnightly' },
	{ id: 'monthly', label: 'Monthly' },
	{ id: 'quarterly', label: 'Quarterly' },
	{ id: 'annual', label: 'Annually' }
];
