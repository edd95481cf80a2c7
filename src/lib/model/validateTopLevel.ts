/**
 * The structure's own fields and the figures its costs rest on: version, date and top post;
 * grades; assumptions, default funding, span rules and costs.
 */
import { didYouMean } from './suggest';
import { SCHEMA_VERSION, type Post, type Structure } from './types';
import { finite, isFinancialYear, isIsoDate, type AddIssue, type Path } from './validateCommon';
import { checkFunding } from './validatePosts';

export const REQUIRED_ASSUMPTIONS = [
	'employerNiRate',
	'employerNiThreshold',
	'employerPensionRate',
	'payAward',
	'productiveHoursPerYear',
	'baseYear'
] as const;

/** The schema version, the structure's date, and the top post (ceo), which has no line manager. */
export function checkTopLevel(s: Structure, add: AddIssue): void {
	const posts: ReadonlyMap<string, Post> = s.posts ?? new Map();
	if (s.schemaVersion !== SCHEMA_VERSION) {
		add(
			['schemaVersion'],
			`schema version ${String(s.schemaVersion)} is not supported; this version reads ${SCHEMA_VERSION}`
		);
	}
	if (!isIsoDate(s.date)) {
		add(
			['date'],
			`'${String(s.date)}' is not a date; write it as YYYY-MM-DD, for example 2021-01-19`
		);
	}
	const ceo = posts.get(s.ceo);
	if (!ceo) {
		add(
			['ceo'],
			`ceo names '${String(s.ceo)}', which is not a post${didYouMean(String(s.ceo), [...posts.keys()])}; set ceo to the id of the top post`
		);
	} else if (ceo.reportsTo !== undefined) {
		add(
			['posts', s.ceo, 'reportsTo'],
			`the Chief Executive post '${s.ceo}' (ceo) reports to '${String(ceo.reportsTo)}'; the top post has no line manager, so remove reportsTo or change ceo`
		);
	}
}

/** Each grade's range and its point (the salary posts are costed at), inside the range. */
export function checkGrades(s: Structure, add: AddIssue): void {
	const grades = s.grades ?? {};
	for (const id in grades) {
		const g = grades[id];
		const at = (field: string): Path => ['grades', id, field];
		const minOk = finite(g.min);
		const maxOk = finite(g.max);
		if (!minOk || g.min < 0)
			add(
				at('min'),
				`grade '${id}' min ${String(g.min)} is not a salary; give pounds a year, 0 or more`
			);
		if (!maxOk || g.max < 0)
			add(
				at('max'),
				`grade '${id}' max ${String(g.max)} is not a salary; give pounds a year, 0 or more`
			);
		if (minOk && maxOk && g.min > g.max) {
			add(
				at('min'),
				`grade '${id}' min £${g.min} is above max £${g.max}; swap them or correct one`
			);
		}
		if (g.point === undefined || g.point === null) {
			add(
				at('point'),
				`grade '${id}' has no point; give the salary used for costing, between min and max`
			);
		} else if (!finite(g.point)) {
			add(at('point'), `grade '${id}' point ${String(g.point)} is not a number of pounds`);
		} else if (g.point < 0) {
			add(
				at('point'),
				`grade '${id}' point £${g.point} is negative; give the salary used for costing`
			);
		} else if (minOk && maxOk && g.min <= g.max && (g.point < g.min || g.point > g.max)) {
			add(
				at('point'),
				`grade '${id}' point £${g.point} is outside its range £${g.min}–£${g.max}; move the point into the range or widen the range`
			);
		}
	}
}

/** Assumptions, the default funding, span rules, the stated cost change, dates and one-off costs. */
export function checkAssumptionsAndCosts(s: Structure, add: AddIssue): void {
	const assumptions = s.assumptions ?? {};
	for (const key of REQUIRED_ASSUMPTIONS) {
		if (!assumptions[key])
			add(
				['assumptions'],
				`assumption '${key}' is missing; every structure needs ${REQUIRED_ASSUMPTIONS.join(', ')}`
			);
	}
	for (const key in assumptions) {
		const v = assumptions[key]?.value;
		if (!finite(v))
			add(
				['assumptions', key, 'value'],
				`assumption '${key}' value ${String(v)} is not a finite number; give a number (a rate as a fraction: 0.138 for 13.8%)`
			);
	}
	if (!s.defaultFunding?.split) {
		add(['defaultFunding'], `defaultFunding needs a split, for example { generalFund: 100 }`);
	} else checkFunding(s.defaultFunding.split, ['defaultFunding', 'split'], add);
	const rules = s.spanRules ?? {};
	for (const key of ['ceoMax', 'averageTarget', 'averageTolerance', 'narrowBelow'] as const) {
		const v = rules[key];
		if (!finite(v) || v < 0)
			add(
				['spanRules', key],
				`spanRules.${key} ${String(v)} is not a number of reports (0 or more)`
			);
	}
	if (s.statedCostChange && !finite(s.statedCostChange.value)) {
		add(
			['statedCostChange', 'value'],
			`statedCostChange value ${String(s.statedCostChange.value)} is not a finite number of pounds`
		);
	}
	if (s.postsDeletedOn && !isIsoDate(s.postsDeletedOn.date)) {
		add(
			['postsDeletedOn', 'date'],
			`postsDeletedOn date "${String(s.postsDeletedOn.date)}" is not a date; write it as YYYY-MM-DD`
		);
	}
	const oneOffCosts = s.oneOffCosts ?? {};
	for (const id in oneOffCosts) {
		const c = oneOffCosts[id];
		if (!finite(c.amount) || c.amount < 0)
			add(
				['oneOffCosts', id, 'amount'],
				`one-off cost '${id}' amount ${String(c.amount)} is not a number of pounds, 0 or more`
			);
		if (!isFinancialYear(c.financialYear))
			add(
				['oneOffCosts', id, 'financialYear'],
				`'${String(c.financialYear)}' is not a financial year; write it like 2021/22`
			);
	}
}
