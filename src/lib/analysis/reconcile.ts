import { FUNDING_SOURCE_NAMES } from '../model/types';
import type { FundingSource, StatedFigure, Structure } from '../model/types';
import type { CostStepKind, StructureDiff } from './diff';
import type { CostSensitivity } from './sensitivity';
import { toPence, fromPence } from './money';
import {
	formatDecimal,
	formatMoney,
	formatMoneyChange,
	fieldProvenance,
	listInWords,
	provenanceWords,
	citeSourceText
} from '../words';

export interface Reconciliation {
	/** The stated figure, or null when the structure states none. */
	stated: number | null;
	statedLabel: string | null;
	/**
	 * The modelled change in full-year cost that is reconciled: on a 'revenue' basis the change in
	 * cost funded from the General Fund, the HRA and grants (capital left out); on a 'total' basis
	 * the change from every source.
	 */
	modelled: number;
	/** modelled − stated, or null with no stated figure. */
	difference: number | null;
	/** What drives the figures and the difference, each line traceable; assumptions named as such. */
	explanation: string[];
	/** 'revenue' when the change by funding source is known, else 'total'. */
	basis: 'revenue' | 'total';
	/** The change from every source of funding (modelled + capitalExcluded). */
	totalChange: number;
	/** The capital-funded change left out of `modelled` (0 on a total basis). */
	capitalExcluded: number;
}

export interface ReconcileContext {
	/** The structure diff the change came from: names the posts that contribute most. */
	diff?: StructureDiff;
	/** The later structure: its on-cost assumptions and grade points are named. */
	structure?: Structure;
	/**
	 * The change by funding source (else the diff's). When known, the revenue part is reconciled:
	 * 003 (7.3.1) puts the +£0.51m in the Medium-Term Financial Plan, funded from HRA and General
	 * Fund, and capitalises the PMO's "Establish and Recover" team (Appendix A section 3).
	 */
	changeByFunding?: Record<FundingSource, number>;
	/** 'total' reconciles the change from every source even when the funding is known. */
	basis?: 'revenue' | 'total';
	/** The range of the revenue change and what moves it (costSensitivity): named in the explanation. */
	sensitivity?: CostSensitivity;
}

const REVENUE_SOURCES: readonly FundingSource[] = ['generalFund', 'hra', 'grant'];

// A share or rate to at most one decimal place: 13.8%, 19%, 2%.
const percent = (rate: number) => `${formatDecimal(rate * 100, 1)}%`;

/**
 * Reconciles a modelled change in full-year cost to a stated figure (003 7.3.1: +£0.51m a year).
 * The explanation says what the modelled figure rests on; it never presents an assumption (grade
 * points, on-cost rates) as a fact, and it offers possible reasons for a gap as possibilities.
 */
export function reconcile(
	change: number,
	stated: StatedFigure | undefined,
	context: ReconcileContext = {}
): Reconciliation {
	const { diff, structure } = context;
	const byFunding = context.changeByFunding ?? diff?.cost.changeByFunding;
	const basis = byFunding && context.basis !== 'total' ? 'revenue' : 'total';
	const capitalPence = basis === 'revenue' && byFunding ? toPence(byFunding.capital) : 0;
	const modelled = fromPence(toPence(change) - capitalPence);
	const explanation: string[] = [];
	const difference = stated ? fromPence(toPence(modelled) - toPence(stated.value)) : null;

	if (stated) {
		explanation.push(
			`Stated: ${formatMoneyChange(stated.value)} a year, “${stated.label}” (${provenanceWords(stated.provenance)}).`
		);
	} else {
		explanation.push('No stated figure to reconcile against.');
	}
	if (basis === 'revenue' && byFunding) {
		explanation.push(
			`Modelled: ${formatMoneyChange(modelled)} a year of revenue cost (General Fund, HRA and grant), the difference in full-year cost post by post.`
		);
		explanation.push(
			capitalPence === 0
				? `None of the change is funded from capital, so the revenue change is the whole change.`
				: `Of the total change of ${formatMoneyChange(change)} a year, ${formatMoneyChange(fromPence(capitalPence))} is funded from capital${capitalPostsWords(diff)} and is left out: the stated figure is revenue for the Medium-Term Financial Plan (${citeSourceText('003', '7.3.1')}), and the PMO’s “Establish and Recover” team is capitalised (${citeSourceText('003', 'Appendix A section 3')}).`
		);
		const parts = REVENUE_SOURCES.filter((k) => toPence(byFunding[k]) !== 0).map(
			(k) => `${FUNDING_SOURCE_NAMES[k]} ${formatMoneyChange(byFunding[k])}`
		);
		if (parts.length)
			explanation.push(
				`By source, the revenue change is ${listInWords(parts)}${stated ? `; the stated figure is funded from a combination of HRA and General Fund (${citeSourceText('003', '7.3.1')})` : ''}.`
			);
	} else {
		explanation.push(
			`Modelled: ${formatMoneyChange(change)} a year, the difference in full-year cost post by post.`
		);
	}
	if (stated && difference !== null) {
		const share =
			stated.value !== 0
				? ` (${percent(Math.abs(difference) / Math.abs(stated.value))} of the stated figure)`
				: '';
		explanation.push(
			difference === 0
				? 'The modelled change equals the stated figure.'
				: `The model is ${formatMoney(Math.abs(difference))} ${difference > 0 ? 'above' : 'below'} the stated figure${share}.`
		);
	}

	if (diff) {
		const kinds: [CostStepKind, string][] = [
			['created', 'created'],
			['deleted', 'deleted'],
			['regraded', 'regraded'],
			['fte-changed', 'with a changed FTE'],
			['repriced', 're-priced']
		];
		const byKind = kinds
			.map(([kind, words]) => {
				const steps = diff.cost.steps.filter((s) => s.kind === kind);
				const pence = steps.reduce((sum, s) => sum + toPence(s.delta), 0);
				if (steps.length === 0) return undefined;
				return kind === 'repriced'
					? `grade points and on-costs re-priced ${formatMoneyChange(fromPence(pence))}`
					: `${steps.length} post${steps.length === 1 ? '' : 's'} ${words} ${formatMoneyChange(fromPence(pence))}`;
			})
			.filter((x) => x !== undefined);
		if (byKind.length) explanation.push(`By kind of change: ${byKind.join('; ')}.`);
		const top = [...diff.cost.steps]
			.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
			.slice(0, 3)
			.map((s) => `${s.label} (${formatMoneyChange(s.delta)})`);
		if (top.length) explanation.push(`Largest contributions: ${listInWords(top)}.`);
		const { before, after } = diff.cost.components;
		const salary = after.salary - before.salary;
		const ni = after.employerNi - before.employerNi;
		const pension = after.employerPension - before.employerPension;
		// With capital left out the components are of the total change, and said to be.
		const whole = capitalPence === 0 ? 'modelled change' : 'total change (all funding)';
		explanation.push(
			`Of the ${whole}, salaries are ${formatMoneyChange(salary)}, employer National Insurance ${formatMoneyChange(ni)} and employer pension ${formatMoneyChange(pension)}; the last two rest on the on-cost rates.`
		);
		if (salary !== 0)
			explanation.push(
				`One percentage point on the employer pension rate moves the ${capitalPence === 0 ? 'modelled' : 'total'} change by ${formatMoney(Math.abs(salary) / 100)} a year.`
			);
	}

	if (structure) {
		const a = structure.assumptions;
		explanation.push(
			`Inputs the modelled figure rests on, which the Cabinet report does not give (each can be changed): employer NI ${percent(a.employerNiRate.value)} above ${formatMoney(a.employerNiThreshold.value)} a year (${provenanceWords(a.employerNiRate.provenance)}); employer pension ${percent(a.employerPensionRate.value)} (${provenanceWords(a.employerPensionRate.provenance)}).`
		);
		const gradeIds = new Set<string>();
		for (const c of diff?.postChanges ?? []) {
			if (c.kind === 'created' || c.kind === 'deleted') gradeIds.add(c.post.grade);
			if (c.kind === 'regraded') {
				gradeIds.add(c.from);
				gradeIds.add(c.to);
			}
		}
		const grades = [...gradeIds]
			.map((id) => structure.grades[id])
			.filter((g) => g !== undefined)
			.map((g) =>
				g.assumed?.point
					? `${g.name} at ${formatMoney(g.point)} (the band ${formatMoney(g.min)} to ${formatMoney(g.max)}, ${provenanceWords(g.provenance)}; the point, ${provenanceWords(fieldProvenance(g, 'point'))})`
					: `${g.name} at ${formatMoney(g.point)} (${provenanceWords(g.provenance)})`
			);
		if (grades.length)
			explanation.push(
				`Posts are costed at their grade’s costing point, not actual pay: ${listInWords(grades)}.`
			);
	}

	const sens = context.sensitivity;
	if (sens) {
		const where =
			sens.stated === null
				? ''
				: `; the stated ${formatMoneyChange(sens.stated)} lies ${sens.statedPlacement === 'within' ? 'within it' : `${sens.statedPlacement} it`}`;
		explanation.push(
			`How sure: with every assumption and reading below at its low or its high value together, the revenue change is between ${formatMoneyChange(sens.range.low)} and ${formatMoneyChange(sens.range.high)} a year${where}.`
		);
		if (sens.drivers.length)
			explanation.push(
				`What moves it most, one at a time: ${sens.drivers
					.map(
						(d) =>
							`${d.label}, ${formatMoneyChange(d.low)} (${d.lowSetting}) to ${formatMoneyChange(d.high)} (${d.highSetting})`
					)
					.join('; ')}.`
			);
	}
	if (stated && difference !== null && difference !== 0)
		explanation.push(
			'The gap may come from grade points that differ from the pay the stated figure used, on-cost rates, posts counted in one figure and not the other, or the timing of pay awards and start dates; the sources do not say which.'
		);
	return {
		stated: stated ? stated.value : null,
		statedLabel: stated ? stated.label : null,
		modelled,
		difference,
		explanation,
		basis,
		totalChange: change,
		capitalExcluded: fromPence(capitalPence)
	};
}

/** " (A created, B deleted)": the created and deleted posts with a capital share, from the diff. */
function capitalPostsWords(diff: StructureDiff | undefined): string {
	const names = (diff?.postChanges ?? [])
		.filter(
			(c) => (c.kind === 'created' || c.kind === 'deleted') && (c.post.funding?.capital ?? 0) > 0
		)
		.map((c) => `${c.title} ${c.kind}`);
	return names.length ? ` (${listInWords(names)})` : '';
}
