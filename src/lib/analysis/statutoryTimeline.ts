import { STATUTORY_ROLES, type Post, type StatutoryRole, type Structure } from '../model/types';
import { dayNumber } from './financialYear';
import { postFacts } from './postFacts';
import { changeDays, isoOfDay, structureAt, transitionWindow } from './structureAt';

/** A run of days on which the same posts hold a statutory role. */
export interface RoleSpell {
	role: StatutoryRole;
	/** First and last day, inclusive (ISO dates). */
	from: string;
	to: string;
	/** Post ids holding the role on those days (interim posts included). */
	holders: string[];
}

export interface StatutoryTimeline {
	from: string;
	to: string;
	/** Every role's spells, in date order, role by role. */
	spells: RoleSpell[];
	/** Spells with no holder. */
	gaps: RoleSpell[];
	/** Spells with more than one holder. */
	overlaps: RoleSpell[];
}

/**
 * Who holds each statutory role on every day of a structure's transition (by default from its
 * date to the last start or end date it gives), as runs of days. Built from structureAt on each
 * day something changes, so it follows the same rules (an interim post holds a role only while no
 * other post in force does).
 */
export function statutoryTimeline(
	s: Structure,
	window: { from: string; to: string } = transitionWindow(s)
): StatutoryTimeline {
	// Who holds a role depends only on the posts that hold one (and the interim posts), so the days
	// walked and the structures built are those of these few posts, not of the whole establishment.
	const facts = postFacts(s);
	const roleHolders = new Map<string, Post>();
	for (let k = 0; k < facts.roleHolders.length; k++)
		roleHolders.set(facts.roleHolderIds[k], facts.roleHolders[k]);
	const holdersOnly: Structure = { ...s, posts: roleHolders };
	const days = changeDays(holdersOnly, window.from, window.to);
	const lastDay = dayNumber(window.to, 'The last day');
	const open = new Map<StatutoryRole, RoleSpell>();
	const spells: RoleSpell[] = [];
	days.forEach((day, i) => {
		const through =
			i + 1 < days.length ? isoOfDay(dayNumber(days[i + 1], 'day') - 1) : isoOfDay(lastDay);
		const at = structureAt(holdersOnly, day);
		for (const role of STATUTORY_ROLES) {
			const holders = [...at.posts.values()]
				.filter((p) => p.statutoryRoles.includes(role))
				.map((p) => p.id)
				.sort();
			const current = open.get(role);
			if (current && current.holders.join() === holders.join()) current.to = through;
			else {
				const spell = { role, from: day, to: through, holders };
				spells.push(spell);
				open.set(role, spell);
			}
		}
	});
	spells.sort(
		(x, y) =>
			STATUTORY_ROLES.indexOf(x.role) - STATUTORY_ROLES.indexOf(y.role) ||
			x.from.localeCompare(y.from)
	);
	return {
		from: window.from,
		to: window.to,
		spells,
		gaps: spells.filter((r) => r.holders.length === 0),
		overlaps: spells.filter((r) => r.holders.length > 1)
	};
}
