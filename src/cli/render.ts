/** Text tables and JSON shapes for the command line. The figures all come from the core. */
import type { Structure } from '../lib/model/types.ts';
import type { Comparison, StructureSummary } from '../lib/analysis/index.ts';
import { costAcrossPlan, statutoryTimeline, waves } from '../lib/analysis/index.ts';
import {
	FUNDING_SOURCES,
	FUNDING_SOURCE_NAMES,
	STATUTORY_ROLES,
	STATUTORY_ROLE_NAMES
} from '../lib/model/types.ts';
import { formatDecimal, formatMoney, formatMoneyChange, formatRate } from '../lib/words/index.ts';

/** A two-or-more-column text table with the first column left-aligned and the rest right-aligned. */
export function table(rows: string[][]): string {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
	return rows
		.map((r) =>
			r
				.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
				.join('   ')
				.trimEnd()
		)
		.join('\n');
}

export function summaryJson(s: StructureSummary) {
	return {
		id: s.id,
		name: s.name,
		date: s.date,
		derivedFrom: s.derivedFrom ?? null,
		ceoSpan: s.ceoSpan,
		ceoSpanWithOffice: s.ceoSpanWithOffice,
		averageSpan: s.averageSpan,
		layers: s.layers,
		posts: s.posts,
		managers: s.managers,
		spanHistogram: s.spanHistogram,
		fte: s.fte,
		annualCost: s.annualCost,
		meetingHoursPerMonth: s.meetingHoursPerMonth,
		failedChecks: s.failedChecks.map(({ check, subject, message }) => ({ check, subject, message }))
	};
}

/**
 * What `summary --at` adds: the day, the interim posts in force, who holds each statutory role
 * that day, and the gaps in any role over the whole transition (from the structure as a whole).
 */
export function dayJson(whole: Structure, day: Structure, at: string) {
	const holders = (role: (typeof STATUTORY_ROLES)[number]) =>
		[...day.posts.values()].filter((p) => p.statutoryRoles.includes(role)).map((p) => p.id);
	const t = statutoryTimeline(whole);
	return {
		at,
		interimPosts: [...day.posts.values()]
			.filter((p) => whole.interimPosts?.[p.id] !== undefined)
			.map((p) => p.id),
		statutoryRoles: Object.fromEntries(STATUTORY_ROLES.map((r) => [r, holders(r)])),
		transition: { from: t.from, to: t.to },
		statutoryGaps: t.gaps.map(({ role, from, to }) => ({ role, from, to })),
		waves: waves(whole).map(({ date, name }) => ({ date, name })),
		statutoryOverlaps: t.overlaps.map(({ role, from, to, holders }) => ({
			role,
			from,
			to,
			holders
		}))
	};
}

export function renderSummary(s: StructureSummary, day?: ReturnType<typeof dayJson>): string {
	const lines = [
		`${s.name} (${s.id}, ${day ? `on ${day.at}` : s.date})${s.derivedFrom ? `, derived from ${s.derivedFrom}` : ''}`,
		'',
		table([
			['Measure', 'Value'],
			['CEO span (without the office)', String(s.ceoSpan)],
			['CEO span (with the office)', String(s.ceoSpanWithOffice)],
			['Average span of managers', formatDecimal(s.averageSpan, 2)],
			['Layers', String(s.layers)],
			['Posts', String(s.posts)],
			['Managers', String(s.managers)],
			['FTE', formatDecimal(s.fte, 2)],
			['Full-year cost', formatMoney(s.annualCost)],
			['Meeting people-hours a month', formatDecimal(s.meetingHoursPerMonth, 1)],
			['Failed checks', String(s.failedChecks.length)]
		])
	];
	if (day) {
		lines.push('', 'Statutory roles that day:');
		for (const r of STATUTORY_ROLES)
			lines.push(`  ${STATUTORY_ROLE_NAMES[r]}: ${day.statutoryRoles[r].join(', ') || 'nobody'}`);
		if (day.interimPosts.length)
			lines.push(`Interim posts in force: ${day.interimPosts.join(', ')}`);
		lines.push(
			day.statutoryGaps.length
				? `Gaps over the transition: ${day.statutoryGaps.map((g) => `${STATUTORY_ROLE_NAMES[g.role]} ${g.from} to ${g.to}`).join('; ')}`
				: `No statutory role lapses from ${day.transition.from} to ${day.transition.to}.`
		);
	}
	if (s.failedChecks.length > 0) {
		lines.push('', 'Failed checks:');
		for (const f of s.failedChecks) lines.push(`  ${f.check}  ${f.subject}: ${f.message}`);
	}
	return lines.join('\n');
}

export function comparisonJson(a: Structure, b: Structure, c: Comparison) {
	const { diff } = c;
	const posts = (kind: 'created' | 'deleted') =>
		diff.postChanges
			.filter((p) => p.kind === kind)
			.map((p) => ({
				id: p.postId,
				title: p.title,
				grade: 'post' in p ? p.post.grade : undefined,
				cost: 'cost' in p ? p.cost : undefined
			}));
	return {
		before: { id: a.id, name: a.name },
		after: { id: b.id, name: b.name },
		annualCostBefore: diff.cost.before,
		annualCostAfter: diff.cost.after,
		annualCostChange: c.annualCostChange,
		revenueCostChange: c.revenueCostChange,
		costChangeByFunding: c.costChangeByFunding,
		postsCreated: c.postsCreated,
		postsDeleted: c.postsDeleted,
		postsChanged: c.postsChanged,
		servicesMoved: c.servicesMoved,
		ceoSpan: c.ceoSpan,
		averageSpan: c.averageSpan,
		layers: c.layers,
		reconciliation: c.reconciliation,
		annualCostChangeRange: { low: c.sensitivity.range.low, high: c.sensitivity.range.high },
		drivers: c.sensitivity.drivers.map(({ label, low, high }) => ({ label, low, high })),
		costAcrossPlan: planJson(a, b),
		created: posts('created'),
		deleted: posts('deleted'),
		changed: diff.postChanges
			.filter((p) => p.kind !== 'created' && p.kind !== 'deleted')
			.map((p) => ({ id: p.postId, title: p.title, kind: p.kind })),
		moved: diff.servicesMoved,
		costSteps: diff.cost.steps,
		differences: c.differences
	};
}

/** The cost of the change in each year of the plan, with the rates each year was costed at. */
export function planJson(a: Structure, b: Structure) {
	return costAcrossPlan(a, b).map((y) => ({
		year: y.year,
		payAward: y.rates.payAward,
		payFactor: y.rates.payFactor,
		employerNiRate: y.rates.employerNiRate,
		employerNiThreshold: y.rates.employerNiThreshold,
		employerPensionRate: y.rates.employerPensionRate,
		before: y.before,
		after: y.after,
		outgoing: y.outgoing,
		change: y.change,
		revenueChange: y.revenueChange
	}));
}

export function renderComparison(a: Structure, b: Structure, c: Comparison): string {
	const { diff } = c;
	const beforeAfter = (
		label: string,
		x: { before: number; after: number },
		f: (n: number) => string = String
	) => [label, f(x.before), f(x.after), f(x.after - x.before)];
	const lines = [
		`From: ${a.name} (${a.id})`,
		`To:   ${b.name} (${b.id})`,
		'',
		table([
			['Measure', 'Before', 'After', 'Change'],
			beforeAfter('CEO span', c.ceoSpan),
			beforeAfter('Average span', c.averageSpan, (n) => formatDecimal(n, 2)),
			beforeAfter('Layers', c.layers),
			[
				'Full-year cost',
				formatMoney(diff.cost.before),
				formatMoney(diff.cost.after),
				formatMoneyChange(c.annualCostChange)
			],
			...FUNDING_SOURCES.filter(
				(f) => diff.cost.byFunding.before[f] !== 0 || diff.cost.byFunding.after[f] !== 0
			).map((f) => [
				`  ${FUNDING_SOURCE_NAMES[f]}`,
				formatMoney(diff.cost.byFunding.before[f]),
				formatMoney(diff.cost.byFunding.after[f]),
				formatMoneyChange(c.costChangeByFunding[f])
			]),
			[
				'Revenue cost (all but capital)',
				formatMoney(c.revenueCost.before),
				formatMoney(c.revenueCost.after),
				formatMoneyChange(c.revenueCostChange)
			]
		]),
		'',
		`Posts created ${c.postsCreated}, deleted ${c.postsDeleted}, changed ${c.postsChanged}; services moved ${c.servicesMoved}.`,
		'',
		'Cost change, step by step:',
		table([
			['Step', 'Change'],
			...diff.cost.steps.map((s) => [s.label, formatMoneyChange(s.delta)]),
			['Total', formatMoneyChange(c.annualCostChange)]
		]),
		'',
		'Cost of the change across the plan (each year’s pay award and on-cost rates):',
		table([
			['Year', 'Pay award', 'NI', 'Pension', 'Change', 'Revenue change'],
			...planJson(a, b).map((y) => [
				y.year,
				formatRate(y.payAward),
				`${formatRate(y.employerNiRate)} above ${formatMoney(y.employerNiThreshold)}`,
				formatRate(y.employerPensionRate),
				formatMoneyChange(y.change),
				formatMoneyChange(y.revenueChange)
			])
		]),
		'',
		`Reconciliation (${c.reconciliation.basis === 'revenue' ? 'revenue: capital-funded cost left out' : 'all funding'}):`,
		...c.reconciliation.explanation.map((l) => `  ${l}`),
		'',
		'Differences:',
		...c.differences.map((d) => `  - ${d}`)
	];
	return lines.join('\n');
}
