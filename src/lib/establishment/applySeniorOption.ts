import { hasId, idsOf } from '../model/collections';
import type { Post, SeniorOptionApplied, Structure } from '../model/types';

/**
 * A senior option laid over a whole establishment, so the council-wide effect of a restructure
 * (spans, layers, cost) can be compared with the establishment as it is. The option's senior tiers
 * (its posts, units, meetings, links and bodies) replace the establishment's senior posts; every
 * post that reported to a replaced post now reports to the option post the mapping names. Posts
 * below keep their units, grades, salaries and funding. The establishment's assumptions and
 * funding defaults are kept, so the only differences from the establishment are the ones the
 * option makes; the option's grades come with its posts.
 */
export interface ApplyOptions {
	id: string;
	name: string;
	establishmentVersion?: number;
	optionVersion?: number;
}

export type ApplyResult = { ok: true; structure: Structure } | { ok: false; problems: string[] };

export function applySeniorOption(
	establishment: Structure,
	option: Structure,
	mapping: Pick<SeniorOptionApplied, 'replaced' | 'reportsMoveTo'>,
	opts: ApplyOptions
): ApplyResult {
	const problems: string[] = [];
	const replaced = new Set(mapping.replaced);
	const optionPosts = livePosts(option);
	for (const id of replaced)
		if (!establishment.posts.get(id))
			problems.push(`"${id}" is not a post of ${establishment.name}, so it cannot be replaced.`);
	if (!replaced.has(establishment.ceo))
		problems.push(
			`The top post of ${establishment.name} (${establishment.posts.get(establishment.ceo)?.title ?? establishment.ceo}) must be among the posts the option replaces.`
		);

	// Records of both structures share one id namespace: the option's ids must not collide (a grade
	// both define alike is one grade).
	for (const collection of ['posts', 'units', 'services', 'bodies', 'meetings', 'links'] as const)
		for (const id of idsOf<unknown>(option[collection]))
			if (
				hasId<unknown>(establishment[collection], id) &&
				!(collection === 'posts' && replaced.has(id))
			)
				problems.push(
					`${option.name} and ${establishment.name} both have a record "${id}" (${collection}); rename one before combining them.`
				);
	for (const id in option.grades)
		if (
			id in establishment.grades &&
			JSON.stringify(option.grades[id]) !== JSON.stringify(establishment.grades[id])
		)
			problems.push(
				`${option.name} and ${establishment.name} both have a grade "${id}" with different pay; rename one before combining them.`
			);

	const posts = new Map<string, Post>();
	for (const p of optionPosts) posts.set(p.id, p);
	for (const [id, p] of establishment.posts) {
		if (replaced.has(id)) continue;
		if (p.reportsTo !== undefined && replaced.has(p.reportsTo)) {
			const to = mapping.reportsMoveTo[p.reportsTo];
			if (to === undefined || !posts.has(to)) {
				problems.push(
					`${p.title} (${id}) reports to ${establishment.posts.get(p.reportsTo)?.title ?? p.reportsTo}, which the option replaces; choose the option post its team moves to.`
				);
				continue;
			}
			posts.set(id, { ...p, reportsTo: to });
		} else posts.set(id, p);
	}
	if (problems.length > 0) return { ok: false, problems: dedupe(problems) };

	const units = { ...establishment.units, ...option.units };
	// Units headed by a replaced post lose their head; the team stays in the unit.
	for (const id in units) {
		const head = units[id].head;
		if (head !== undefined && !posts.has(head)) {
			const { head: _gone, ...rest } = units[id];
			void _gone;
			units[id] = rest;
		}
	}
	const moveTo: Record<string, string> = {};
	const titles: Record<string, string> = {};
	for (const id of mapping.replaced) {
		titles[id] = establishment.posts.get(id)!.title;
		const to = mapping.reportsMoveTo[id];
		if (to === undefined) continue;
		moveTo[id] = to;
		titles[to] = posts.get(to)!.title;
	}

	return {
		ok: true,
		structure: {
			schemaVersion: establishment.schemaVersion,
			id: opts.id,
			name: opts.name,
			date: option.date,
			description: `${option.name} applied to ${establishment.name}: the option's senior posts replace ${mapping.replaced.length} senior posts of the establishment, and their teams move as mapped.`,
			derivedFrom: establishment.id,
			ceo: option.ceo,
			posts,
			units,
			services: { ...establishment.services, ...option.services },
			bodies: { ...establishment.bodies, ...option.bodies },
			links: { ...establishment.links, ...option.links },
			meetings: { ...option.meetings },
			grades: { ...establishment.grades, ...option.grades },
			assumptions: establishment.assumptions,
			defaultFunding: establishment.defaultFunding,
			spanRules: establishment.spanRules,
			...(option.statedCostChange ? { statedCostChange: option.statedCostChange } : {}),
			...(option.postsDeletedOn ? { postsDeletedOn: option.postsDeletedOn } : {}),
			oneOffCosts: { ...option.oneOffCosts },
			sources: [...new Set([...establishment.sources, ...option.sources])],
			seniorOption: {
				optionId: option.id,
				...(opts.optionVersion !== undefined ? { optionVersion: opts.optionVersion } : {}),
				establishmentId: establishment.id,
				...(opts.establishmentVersion !== undefined
					? { establishmentVersion: opts.establishmentVersion }
					: {}),
				replaced: [...mapping.replaced],
				reportsMoveTo: moveTo,
				optionName: option.name,
				titles
			}
		}
	};
}

function livePosts(s: Structure): Post[] {
	return [...s.posts.values()].filter((p) => p.status !== 'deleted');
}

function dedupe(xs: string[]): string[] {
	return [...new Set(xs)];
}
