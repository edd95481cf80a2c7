import type { Structure } from '../model/types';
import { deliveryFunctions } from './checks/deliveryFunctions';
import { deliveryLead } from './deliveryLead';
import { meetingAttendees } from './meetingAttendees';
import { lowestCommonManager, orgIndex } from './orgIndex';

export interface JoiningUpPair {
	/** Unit ids of the two delivery functions. */
	a: string;
	b: string;
	/** The posts that answer for each in the line (head, or the commissioner of a headless unit). */
	leadA: string | null;
	leadB: string | null;
	/** The lowest post whose line chain holds both leads; null when the chains never meet. */
	meetsAt: string | null;
	/** True when that post is the Chief Executive: only the CEO can settle what falls between them. */
	meetsOnlyAtCeo: boolean;
	/** Meeting ids where both sides sit: each lead, or the lead's line manager, attends. */
	forums: string[];
}

export interface JoiningUpReport {
	pairs: JoiningUpPair[];
	/** Pairs whose lowest common manager is the CEO (the "fulcrum" count). */
	onlyAtCeo: number;
	/** Pairs whose line chains never meet (a unit with no lead, or a lead cut off from the CEO). */
	notJoined: number;
	/** Pairs with no shared forum. */
	withoutForum: number;
}

/**
 * Joining up between delivery functions (003, Appendix A section 3: the CEO is "the personal
 * fulcrum for all issues that fall between silos"). For each pair of delivery functions: where their
 * line chains meet, and the forums where both sides sit.
 */
export function joiningUp(s: Structure): JoiningUpReport {
	const index = orgIndex(s);
	const units = deliveryFunctions(s);
	const leads = units.map((u) => deliveryLead(s, u) ?? null);
	// Each side is represented at a forum by its lead or the lead's line manager.
	const sides = leads.map((lead) => {
		if (lead === null) return [];
		const i = index.position.get(lead);
		const manager = i === undefined ? -1 : index.parent[i];
		return manager >= 0 ? [lead, index.ids[manager]] : [lead];
	});
	const meetings = Object.values(s.meetings).map((m) => ({
		id: m.id,
		attendees: new Set(meetingAttendees(s, m))
	}));
	const sits = (meeting: { attendees: Set<string> }, side: string[]) =>
		side.some((id) => meeting.attendees.has(id));

	const pairs: JoiningUpPair[] = [];
	let onlyAtCeo = 0;
	let notJoined = 0;
	let withoutForum = 0;
	for (let x = 0; x < units.length; x++)
		for (let y = x + 1; y < units.length; y++) {
			const leadA = leads[x];
			const leadB = leads[y];
			const meetsAt =
				leadA !== null && leadB !== null
					? (lowestCommonManager(index, leadA, leadB) ?? null)
					: null;
			const meetsOnlyAtCeo = meetsAt !== null && meetsAt === s.ceo;
			const forums = meetings
				.filter((m) => sits(m, sides[x]) && sits(m, sides[y]))
				.map((m) => m.id);
			if (meetsOnlyAtCeo) onlyAtCeo++;
			if (meetsAt === null) notJoined++;
			if (forums.length === 0) withoutForum++;
			pairs.push({ a: units[x].id, b: units[y].id, leadA, leadB, meetsAt, meetsOnlyAtCeo, forums });
		}
	return { pairs, onlyAtCeo, notJoined, withoutForum };
}
