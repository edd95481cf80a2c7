import type { Grade, Structure } from '$lib/model/types';
import { describeProvenance, formatAssumptionValue, fundingWords } from '$lib/words';
import type { AssumptionReportRow, GradeReportRow, PostCostRow } from './types';

/** The one value when the structures agree, else each structure's by id ("a: 3%; b: 2.75%"). */
function sameValueText(structures: Structure[], values: string[], same: boolean): string {
	return same ? values[0] : values.map((v, i) => `${structures[i].id}: ${v}`).join('; ');
}

/**
 * Every assumption the figures rest on, with its value in each structure (base first) and where it
 * came from. When the options disagree with the base, each origin is given, by structure id.
 * The default funding split is listed too: it decides the General Fund / HRA columns.
 */
export function assumptionRows(structures: Structure[]): AssumptionReportRow[] {
	const keys: string[] = [];
	for (const s of structures)
		for (const k of Object.keys(s.assumptions)) if (!keys.includes(k)) keys.push(k);
	const rows: AssumptionReportRow[] = keys.map((key) => {
		const present = structures.map((s) => s.assumptions[key]);
		const first = present.find((a) => a !== undefined)!;
		const values = present.map((a) => (a ? formatAssumptionValue(a) : 'not set'));
		const same = present.every((a) => a && a.value === first.value);
		const origins = structures.map((s, i) => {
			const a = present[i];
			return a ? describeProvenance(a.provenance) : { kind: 'Not set', text: '' };
		});
		const sameOrigin = origins.every(
			(o) => o.kind === origins[0].kind && o.text === origins[0].text
		);
		return {
			key,
			label: first.label,
			values,
			same,
			valueText: sameValueText(structures, values, same),
			kind: sameOrigin ? origins[0].kind : 'Varies',
			origin: sameOrigin
				? origins[0].text
				: origins.map((o, i) => `${structures[i].id}: ${o.kind} — ${o.text}`).join('; '),
			isAssumption: present.some((a) => a?.provenance.kind === 'assumption')
		};
	});
	const splits = structures.map((s) => fundingWords(s.defaultFunding.split));
	const fundOrigin = describeProvenance(structures[0].defaultFunding.provenance);
	const sameSplit = splits.every((v) => v === splits[0]);
	rows.push({
		key: 'defaultFunding',
		label: 'Default funding split (posts that give none)',
		values: splits,
		same: sameSplit,
		valueText: sameValueText(structures, splits, sameSplit),
		kind: fundOrigin.kind,
		origin: fundOrigin.text,
		isAssumption: structures.some((s) => s.defaultFunding.provenance.kind === 'assumption')
	});
	return rows;
}

/**
 * The grades the costed posts are priced at: range, costing point and origin. Only grades that a
 * post in the tables uses are listed. When structures price the same grade differently, each
 * version is listed, named with the structures that use it.
 */
export function gradeRows(structures: Structure[], costed: PostCostRow[]): GradeReportRow[] {
	const posts = new Map<string, Set<string>>();
	for (const r of costed) posts.set(r.gradeId, (posts.get(r.gradeId) ?? new Set()).add(r.postId));
	const counts = new Map([...posts].map(([id, set]) => [id, set.size]));
	const rows: GradeReportRow[] = [];
	for (const [id, postsCosted] of counts) {
		const versions = new Map<string, { g: Grade; ids: string[] }>();
		for (const s of structures) {
			const g = s.grades[id];
			if (!g) continue;
			const key = `${g.min}|${g.max}|${g.point}`;
			const v = versions.get(key);
			if (v) v.ids.push(s.id);
			else versions.set(key, { g, ids: [s.id] });
		}
		for (const { g, ids } of versions.values()) {
			const { kind, text } = describeProvenance(g.provenance);
			rows.push({
				id,
				name: versions.size > 1 ? `${g.name} (in ${ids.join(', ')})` : g.name,
				min: g.min,
				max: g.max,
				point: g.point,
				kind,
				origin: text,
				isAssumption: g.provenance.kind === 'assumption',
				postsCosted
			});
		}
	}
	return rows.sort((a, b) => b.point - a.point || a.name.localeCompare(b.name));
}
