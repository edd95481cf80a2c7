/**
 * The kept rows of an HR export as a Structure, the same document every page, the CLI and the
 * store use. Department levels become nested units; every post says which file and row it came
 * from; the on-cost assumptions are the standard ones, labelled as assumptions.
 */
import { DEFAULTS } from '../model/schema';
import { SCHEMA_VERSION } from '../model/types';
import type { Assumptions, Grade, Post, Provenance, Structure, Unit } from '../model/types';
import { hrExportRecord } from '../words/provenance';
import { unitIdOf } from './ids';
import type { PostRow } from './readPosts';

export interface BuildOptions {
	id: string;
	name: string;
	/** ISO date the establishment describes. */
	date: string;
	/** Its assumptions, default funding and span rules are used when given. */
	base?: Structure;
}

export interface BuildInput {
	file: string;
	posts: readonly PostRow[];
	postIds: readonly string[];
	gradeIds: readonly string[];
	parent: Int32Array;
	kept: Uint8Array;
	top: number;
	grades: Record<string, Grade>;
	leftOut: number;
}

/**
 * The on-cost assumptions of the built-in 2021 model (models/core-delivery-2021.yaml), labelled as
 * assumptions here: an HR export gives salaries, not on-costs. The grade points are priced at the
 * financial year of the establishment's date.
 */
export function standardAssumptions(date: string): Assumptions {
	const from2021 =
		'the standard on-cost assumption of the built-in 2021 model, not in the HR export';
	const a = (
		label: string,
		value: number,
		unit: 'rate' | 'pounds' | 'hours' | 'year',
		note: string
	) => ({
		label,
		value,
		unit,
		provenance: { kind: 'assumption', note: `${note}; ${from2021}` } as Provenance
	});
	const [y, m] = date.split('-').map(Number);
	return {
		employerNiRate: a(
			'Employer National Insurance rate',
			0.138,
			'rate',
			'13.8% above the threshold (HMRC 2020 to 2021)'
		),
		employerNiThreshold: a(
			'Employer National Insurance threshold (a year)',
			8788,
			'pounds',
			'£169 a week (HMRC 2020 to 2021)'
		),
		employerPensionRate: a(
			'Employer pension contribution rate',
			0.19,
			'rate',
			'Local Government Pension Scheme employer rate, 19%'
		),
		payAward: a('Pay award a year', 0.0275, 'rate', '2.75% a year'),
		productiveHoursPerYear: a(
			'Productive hours a year (for meeting cost)',
			1650,
			'hours',
			'37 hours a week less leave and absence'
		),
		baseYear: a(
			'Salaries priced at',
			m >= 4 ? y : y - 1,
			'year',
			'the salaries are taken as pay in the financial year of the establishment date'
		)
	};
}

export function buildStructure(input: BuildInput, options: BuildOptions): Structure {
	const { file, posts, postIds, gradeIds, parent, kept, top, grades } = input;
	const { base } = options;
	const units: Record<string, Unit> = {};
	const unitOfPath = new Map<string, string>();
	const unitProvenance: Provenance = {
		kind: 'public-record',
		record: hrExportRecord(file),
		note: 'a department named in the export; its group (delivery) is not in the export and is an assumption'
	};
	const unitFor = (path: readonly string[]): string => {
		const key = path.join('\u0000');
		let id = unitOfPath.get(key);
		if (id !== undefined) return id;
		id = unitIdOf(path);
		unitOfPath.set(key, id);
		if (!units[id]) {
			const parentId = path.length > 1 ? unitFor(path.slice(0, -1)) : undefined;
			units[id] = {
				id,
				name: path.length ? path[path.length - 1] : 'No department given',
				group: 'delivery',
				...(parentId ? { parent: parentId } : {}),
				provenance: unitProvenance
			};
		}
		return id;
	};

	const out = new Map<string, Post>();
	const usedGrades = new Set<string>();
	const postUnit: string[] = new Array(posts.length);
	let count = 0;
	for (let i = 0; i < posts.length; i++) {
		if (!kept[i]) continue;
		const p = posts[i];
		const unit = unitFor(p.units);
		postUnit[i] = unit;
		usedGrades.add(gradeIds[i]);
		const provenance: Provenance = {
			kind: 'public-record',
			record: hrExportRecord(file, p.row),
			...(p.costCentre !== undefined ? { note: `cost centre ${p.costCentre}` } : {})
		};
		const id = postIds[i];
		out.set(id, {
			id,
			title: p.title,
			grade: gradeIds[i],
			fte: p.fte,
			...(p.salary !== undefined ? { salary: p.salary } : {}),
			status: p.status,
			unit,
			...(i !== top ? { reportsTo: postIds[parent[i]] } : {}),
			statutoryRoles: [],
			...(p.funding !== undefined ? { funding: p.funding } : {}),
			provenance
		});
		count++;
	}

	// A unit's head: its one post whose line manager sits in another unit (or has none).
	const heads = new Map<string, number>();
	for (let i = 0; i < posts.length; i++) {
		if (!kept[i]) continue;
		if (i !== top && postUnit[parent[i]] === postUnit[i]) continue;
		heads.set(postUnit[i], heads.has(postUnit[i]) ? -1 : i);
	}
	for (const [unit, i] of heads) if (i >= 0) units[unit].head = postIds[i];

	const usedGradeRecords: Record<string, Grade> = {};
	for (const id of Object.keys(grades)) if (usedGrades.has(id)) usedGradeRecords[id] = grades[id];

	const unitCount = Object.keys(units).length;
	return {
		schemaVersion: SCHEMA_VERSION,
		id: options.id,
		name: options.name,
		date: options.date,
		description: `The establishment in the HR export ${file}: ${count} posts in ${unitCount} units${input.leftOut ? `; ${input.leftOut} rows were left out` : ''}. Salaries, grades, FTE and vacancies are as the export gives them; on-costs are assumptions.`,
		ceo: postIds[top],
		posts: out,
		units,
		services: {},
		bodies: {},
		links: {},
		meetings: {},
		grades: usedGradeRecords,
		assumptions: base ? structuredClone(base.assumptions) : standardAssumptions(options.date),
		defaultFunding: base
			? structuredClone(base.defaultFunding)
			: {
					split: { generalFund: 100 },
					provenance: {
						kind: 'assumption',
						note: 'posts the HR export gives no funding for are taken as General Fund'
					}
				},
		spanRules: base ? { ...base.spanRules } : { ...DEFAULTS.spanRules },
		oneOffCosts: {},
		sources: [file]
	};
}
