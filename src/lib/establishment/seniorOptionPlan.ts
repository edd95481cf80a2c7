import { orgIndex } from '../analysis/orgIndex';
import { summarise, type StructureSummary } from '../analysis/summary';
import type { Structure } from '../model/types';
import { applySeniorOption, type ApplyOptions } from './applySeniorOption';
import { suggestSeniorMapping } from './suggestSeniorMapping';

/**
 * What laying a senior option over an establishment would do, before anything is saved: the
 * establishment's senior posts the option replaces, where each one's team would go (the suggested
 * post unless the user chose another), and the council-wide figures before and after. Problems are
 * located to the choice that causes them (the option, the layers, one post's mapping), so a page
 * can say each beside its field. The page and the command line reach the same figures through
 * `applySeniorOption`.
 */

/** One replaced senior post and its team. */
export interface PlanRow {
	postId: string;
	title: string;
	/** Its direct reports that stay (not themselves replaced): the team that moves. */
	team: number;
	/** Every post under it that stays. */
	below: number;
	/** The option post its team moves to; undefined when it has no team. */
	moveTo?: string;
	/** The suggested post, to say when the user's choice differs from it. */
	suggested?: string;
}

/** An option post a team can move to. */
export interface PlanTarget {
	id: string;
	title: string;
	director: boolean;
}

export type PlanFigures = Pick<
	StructureSummary,
	| 'posts'
	| 'managers'
	| 'averageSpan'
	| 'layers'
	| 'annualCost'
	| 'ceoSpan'
	| 'ceoSpanWithOffice'
	| 'fte'
>;

/** `field` is 'option', 'layers' or `map.<post id>`: the control the problem is about. */
export interface PlanProblem {
	field: string;
	message: string;
}

export interface SeniorOptionPlan {
	layers: number;
	rows: PlanRow[];
	targets: PlanTarget[];
	problems: PlanProblem[];
	before: PlanFigures;
	/** The figures with the option applied; undefined while there are problems. */
	after?: PlanFigures;
}

export interface PlanChoice {
	/** How many layers from the top the option replaces (2: the top post and its direct reports). */
	layers: number;
	/** The user's choices: replaced post id → option post id (others keep the suggestion). */
	moveTo?: Record<string, string>;
}

export function figuresOf(s: StructureSummary): PlanFigures {
	const { posts, managers, averageSpan, layers, annualCost, ceoSpan, ceoSpanWithOffice, fte } = s;
	return { posts, managers, averageSpan, layers, annualCost, ceoSpan, ceoSpanWithOffice, fte };
}

export function planSeniorOption(
	establishment: Structure,
	option: Structure,
	choice: PlanChoice,
	opts: ApplyOptions
): { plan: SeniorOptionPlan; structure?: Structure } {
	const before = figuresOf(summarise(establishment));
	const problems: PlanProblem[] = [];
	const targets: PlanTarget[] = [...option.posts.values()]
		.filter((p) => p.status !== 'deleted')
		.map((p) => ({ id: p.id, title: p.title, director: !!p.director }));
	// Directors first (where teams usually go), each group in the option's own order.
	targets.sort((a, b) => Number(b.director) - Number(a.director));
	const empty = (rows: PlanRow[] = []) => ({
		plan: { layers: choice.layers, rows, targets, problems, before }
	});

	if (option.id === establishment.id)
		problems.push({
			field: 'option',
			message: `${establishment.name} cannot be laid over itself; choose a senior option.`
		});
	else if (targets.length === 0)
		problems.push({
			field: 'option',
			message: `${option.name} has no posts, so it has no senior tiers to lay over ${establishment.name}; choose another option.`
		});
	const deepest = before.layers - 1;
	if (!Number.isInteger(choice.layers) || choice.layers < 1 || choice.layers > deepest)
		problems.push({
			field: 'layers',
			message: `Replace between 1 and ${deepest} layers: ${establishment.name} has ${before.layers}, and at least one must stay below the option.`
		});
	if (problems.length) return empty();

	const suggestion = suggestSeniorMapping(establishment, option, choice.layers);
	const rows = teamsOf(establishment, suggestion.replaced);
	const isTarget = new Set(targets.map((t) => t.id));
	const reportsMoveTo: Record<string, string> = {};
	for (const row of rows) {
		if (row.team === 0) continue;
		row.suggested = suggestion.reportsMoveTo[row.postId];
		const chosen = choice.moveTo?.[row.postId] ?? row.suggested;
		const teamWords = `The team of ${row.title} (${row.team} direct report${row.team === 1 ? '' : 's'})`;
		if (!chosen)
			problems.push({
				field: `map.${row.postId}`,
				message: `${teamWords} has nowhere to go: choose the post of ${option.name} it moves to.`
			});
		else if (!isTarget.has(chosen))
			problems.push({
				field: `map.${row.postId}`,
				message: `${teamWords} is mapped to “${chosen}”, which is not a post of ${option.name}: choose one of its posts.`
			});
		else {
			row.moveTo = chosen;
			reportsMoveTo[row.postId] = chosen;
		}
	}
	if (problems.length) return empty(rows);

	const applied = applySeniorOption(
		establishment,
		option,
		{ replaced: suggestion.replaced, reportsMoveTo },
		opts
	);
	if (!applied.ok) {
		for (const message of applied.problems) problems.push({ field: 'option', message });
		return empty(rows);
	}
	return {
		plan: {
			layers: choice.layers,
			rows,
			targets,
			problems,
			before,
			after: figuresOf(summarise(applied.structure))
		},
		structure: applied.structure
	};
}

/** Each replaced post, with its team (reports that stay) and everything under it that stays. */
function teamsOf(s: Structure, replaced: string[]): PlanRow[] {
	const index = orgIndex(s);
	const isReplaced = new Set(replaced);
	// Posts under each position, counted upwards from the deepest (breadth-first order reversed).
	const below = new Int32Array(index.ids.length);
	for (let k = index.reachable - 1; k >= 0; k--) {
		const i = index.order[k];
		const p = index.parent[i];
		if (p >= 0 && !isReplaced.has(index.ids[i])) below[p] += below[i] + 1;
	}
	return replaced.map((id) => {
		const i = index.position.get(id)!;
		let team = 0;
		for (let c = index.childStart[i]; c < index.childStart[i + 1]; c++)
			if (!isReplaced.has(index.ids[index.childList[c]])) team++;
		return { postId: id, title: s.posts.get(id)!.title, team, below: below[i] };
	});
}
