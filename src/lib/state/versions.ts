/** Wording and links for the History page (pure, so it is tested). */
import { formatStructureRef } from '$lib/model/structureRef';

const SAVED_AT = new Intl.DateTimeFormat('en-GB', {
	dateStyle: 'long',
	timeStyle: 'short',
	// The council is in the UK; a fixed zone also makes the server and browser agree.
	timeZone: 'Europe/London'
});

/** "23 November 2025 at 21:05" for an ISO date-time. */
export function formatSavedAt(iso: string): string {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : SAVED_AT.format(d);
}

/** The compare page's query for two versions of one structure, the older one first. */
export function versionCompareQuery(id: string, x: number, y: number): { a: string; b: string } {
	const [older, newer] = x <= y ? [x, y] : [y, x];
	return {
		a: formatStructureRef({ id, version: older }),
		b: formatStructureRef({ id, version: newer })
	};
}
