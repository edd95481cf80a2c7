/** Differences beside the posts: settings, the structure's own fields, meetings replaced, services moved. */
import type { Assumption, Service, Structure } from '../model/types';
import { deepEqual } from './deepEqual';
import type {
	MeetingReplacement,
	ServiceMove,
	SettingChange,
	StructureFieldChange
} from './recordChangeTypes';

const SPAN_RULE_LABELS = {
	ceoMax: 'Most direct reports for the Chief Executive',
	averageTarget: 'Average span target',
	averageTolerance: 'Average span tolerance',
	narrowBelow: 'Narrow span below'
} as const;

export function settingsOf(a: Structure, b: Structure): SettingChange[] {
	const out: SettingChange[] = [];
	if (a.assumptions !== b.assumptions) {
		const keys = new Set([...Object.keys(a.assumptions), ...Object.keys(b.assumptions)]);
		for (const key of keys) {
			const x: Assumption | undefined = a.assumptions[key];
			const y: Assumption | undefined = b.assumptions[key];
			if (x?.value === y?.value) continue;
			const either = (y ?? x)!;
			out.push({
				key: `assumptions.${key}`,
				label: either.label,
				unit: either.unit,
				from: x?.value,
				to: y?.value
			});
		}
	}
	for (const key of Object.keys(SPAN_RULE_LABELS) as (keyof typeof SPAN_RULE_LABELS)[])
		if (a.spanRules[key] !== b.spanRules[key])
			out.push({
				key: `spanRules.${key}`,
				label: SPAN_RULE_LABELS[key],
				unit: 'count',
				from: a.spanRules[key],
				to: b.spanRules[key]
			});
	if (!deepEqual(a.defaultFunding.split, b.defaultFunding.split))
		out.push({
			key: 'defaultFunding',
			label: 'Default funding split',
			unit: 'split',
			fromSplit: a.defaultFunding.split,
			toSplit: b.defaultFunding.split
		});
	return out;
}

export function structureFieldsOf(a: Structure, b: Structure): StructureFieldChange[] {
	const out: StructureFieldChange[] = [];
	for (const field of ['name', 'date', 'description', 'ceo'] as const)
		if (a[field] !== b[field]) out.push({ field, from: a[field], to: b[field] });
	const stated = (s: Structure) => s.statedCostChange?.value;
	if (stated(a) !== stated(b))
		out.push({ field: 'statedCostChange', from: stated(a), to: stated(b) });
	return out;
}

export function meetingsReplacedOf(a: Structure, b: Structure): MeetingReplacement[] {
	const byReplaced = new Map<string, MeetingReplacement>();
	for (const m of Object.values(b.meetings))
		for (const replaced of m.replaces ?? []) {
			// Only a meeting of a that b no longer has is replaced (two options that both replace CLT
			// do not replace anything between themselves).
			if (!a.meetings[replaced] || b.meetings[replaced]) continue;
			let entry = byReplaced.get(replaced);
			if (!entry) {
				entry = { replaced, replacedName: a.meetings[replaced].name, by: [] };
				byReplaced.set(replaced, entry);
			}
			entry.by.push({ id: m.id, name: m.name });
		}
	return [...byReplaced.values()];
}

export function servicesMovedOf(
	a: Structure,
	b: Structure,
	updated: [Service, Service][]
): ServiceMove[] {
	return updated
		.filter(([sa, sb]) => sa.unit !== sb.unit)
		.map(([sa, sb]) => ({
			serviceId: sb.id,
			name: sb.name,
			fromUnit: sa.unit,
			fromUnitName: a.units[sa.unit]?.name ?? sa.unit,
			toUnit: sb.unit,
			toUnitName: b.units[sb.unit]?.name ?? sb.unit
		}));
}
