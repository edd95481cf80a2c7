import type { Structure } from '../model/types';
import { costArrays } from './cost';
import { memoisePerStructure } from './memo';
import { orgIndex } from './orgIndex';

export interface Vacancies {
	/** Live posts with status vacant. */
	posts: number;
	fte: number;
	/** Their full-year cost, pounds with pence (what the establishment budgets for them). */
	cost: number;
	/** Share of all live posts, 0 to 1. */
	rate: number;
	postIds: string[];
}

/** Vacant posts of the structure: how many, their FTE and their cost. */
export const vacancies: (s: Structure) => Vacancies = memoisePerStructure(computeVacancies);

function computeVacancies(s: Structure): Vacancies {
	const index = orgIndex(s);
	const pence = costArrays(s).total;
	const postIds: string[] = [];
	let fte = 0;
	let cost = 0;
	for (let i = 0; i < index.posts.length; i++) {
		const p = index.posts[i];
		if (p.status !== 'vacant') continue;
		postIds.push(p.id);
		fte += p.fte;
		cost += pence[i];
	}
	const n = index.posts.length;
	return {
		posts: postIds.length,
		fte: Math.round(fte * 10000) / 10000,
		cost: cost / 100,
		rate: n ? postIds.length / n : 0,
		postIds
	};
}
