import { describe, expect, it } from 'vitest';
import { summarise } from '../analysis/summary';
import { structureCost } from '../analysis/cost';
import { checkDocument } from '../model/document';
import { formatModelError } from '../model/errors';
import { originLabels } from '../words/origin';
import { makeStructure, post, grade } from '$lib/testing/structure';
import { formatEstablishmentError } from './errors';
import { establishmentFromFile, type ImportOptions } from './importEstablishment';
import { structureToJson } from '$lib/model/structureDocument';

const HEADER =
	'Position ID,Reports To,Job Title,Grade,Directorate,Service,FTE,Salary,Vacant,Cost Centre,Funding';

/** A small establishment: the CEO, two directors, three below Finance, one vacancy. */
const GOOD = [
	HEADER,
	"P1,,Chief Executive,CEX,Chief Executive's Office,,1,180000,No,C100,",
	'P2,P1,Director of Finance,JNC,Finance,,1,140000,No,C200,',
	'P3,P1,Director of Housing,JNC,City Housing,,1,150000,No,C300,HRA',
	'P4,P2,Accountant,GR7,Finance,Accounts,0.5,32000,No,C210,',
	'P5,P2,Accountant,GR7,Finance,Accounts,1,,Yes,C210,',
	'P6,P4,Clerk,GR3,Finance,Accounts,1,21000,No,C210,"General Fund 40% / HRA 60%"'
];

const run = (lines: string[], options: ImportOptions = {}, file = 'establishment.csv') =>
	establishmentFromFile(new TextEncoder().encode(lines.join('\n')), file, {
		date: '2024-06-01',
		...options
	});

describe('establishmentFromFile: a good file', () => {
	it('builds a structure that passes the document checks, with nested units and provenance', async () => {
		const r = await run(GOOD);
		if (!r.ok) throw new Error(r.errors.map(formatModelError).join('\n'));
		const s = r.structure;
		expect(checkDocument(JSON.parse(structureToJson(s))).ok).toBe(true);
		expect(s.id).toBe('establishment');
		expect(s.ceo).toBe('P1');
		expect(Object.keys(s.units)).toEqual([
			'unit.chief-executives-office',
			'unit.finance',
			'unit.city-housing',
			'unit.finance.accounts'
		]);
		// Accounts has two posts managed from outside it (P4 and P5), so no single head.
		expect(s.units['unit.finance.accounts']).toMatchObject({
			name: 'Accounts',
			parent: 'unit.finance'
		});
		// Its units say they come from the HR export, by file name, as its posts do.
		expect(originLabels(s.units['unit.finance']).kind).toBe('HR export establishment.csv');
		expect(s.units['unit.finance.accounts'].head).toBeUndefined();
		expect(s.units['unit.finance'].head).toBe('P2');
		expect(s.posts.get('P6')).toEqual({
			id: 'P6',
			title: 'Clerk',
			grade: 'grade.gr3',
			fte: 1,
			salary: 21000,
			status: 'existing',
			unit: 'unit.finance.accounts',
			reportsTo: 'P4',
			statutoryRoles: [],
			funding: { generalFund: 40, hra: 60 },
			provenance: {
				kind: 'public-record',
				record: 'HR export establishment.csv, row 7',
				note: 'cost centre C210'
			}
		});
		expect(s.posts.get('P5')!.status).toBe('vacant');
		expect(s.assumptions.employerPensionRate).toMatchObject({
			value: 0.19,
			provenance: { kind: 'assumption' }
		});
		// priced at the financial year of 1 June 2024
		expect(s.assumptions.baseYear.value).toBe(2024);
		expect(r.leftOut).toEqual([]);
		expect(r.mapping.units).toEqual(['Directorate', 'Service']);
	});

	it('costs each post at its salary, and a vacancy without one at its grade (the median of the grade)', async () => {
		const r = await run(GOOD);
		if (!r.ok) throw new Error('refused');
		// GR7 has one salary, 32,000: its point. P5 (vacant, no salary) is costed at it.
		expect(r.structure.grades['grade.gr7']).toMatchObject({ min: 32000, max: 32000, point: 32000 });
		const cost = structureCost(r.structure);
		const p5 = cost.posts.find((p) => p.postId === 'P5')!;
		// 32,000 + NI (32,000 − 8,788) × 13.8% = 3,203.26 + pension 6,080 = 41,283.26
		expect(p5.total).toBe(41283.26);
		const p4 = cost.posts.find((p) => p.postId === 'P4')!;
		expect(p4.total).toBe(41283.26 / 2);
		const summary = summarise(r.structure);
		expect([summary.posts, summary.managers, summary.layers, summary.fte]).toEqual([6, 3, 4, 5.5]);
		expect(summary.spanHistogram).toEqual({ '1': 1, '2': 2 });
	});

	it('prices grades without a salary from the base structure', async () => {
		const lines = [
			'Position ID,Reports To,Job Title,Grade',
			'P1,,Chief Executive,Chief Executive',
			'P2,P1,Director,JNC Director'
		];
		const base = makeStructure({
			posts: [post('ceo', 'CEO')],
			grades: [grade('cx', 'Chief Executive', 173060), grade('jd', 'JNC Director', 145500)]
		});
		const r = await run(lines, { base });
		if (!r.ok) throw new Error(r.errors.map(formatModelError).join('\n'));
		expect(r.structure.grades['grade.jnc-director'].point).toBe(145500);
		// see fixtures: 228,610.94 + 192,011.26
		expect(summarise(r.structure).annualCost).toBe(420622.2);
		expect(r.warnings).toContain('no department column: every post is in one unit');
	});
});

/** One bad row of each kind. */
const BAD = [
	...GOOD,
	'P7,P99,Analyst,GR7,Finance,Accounts,1,30000,No,,', // row 8: unknown manager
	'P4,P2,Accountant again,GR7,Finance,Accounts,1,30000,No,,', // row 9: duplicate id
	'P8,P10,Loop A,GR3,Finance,,1,20000,No,,', // row 10: loop P8 → P10 → P9 → P8
	'P9,P8,Loop B,GR3,Finance,,1,20000,No,,', // row 11
	'P10,P9,Loop C,GR3,Finance,,1,20000,No,,', // row 12
	'P11,,Second top,GR3,Finance,,1,20000,No,,', // row 13: a second top post
	'P12,P2,Part-timer,GR3,Finance,,lots,20000,No,,', // row 14: FTE not a number
	'P13,P2,Adviser,GR99,Finance,,1,,No,,', // row 15: a grade with no salary anywhere
	',P2,,GR3,Finance,,1,20000,No,,', // row 16: no id, no title
	'P14,P12,Under the part-timer,GR3,Finance,,1,20000,No,,' // row 17: under a bad row
];

describe('establishmentFromFile: bad rows', () => {
	it('refuses the whole file, each error located by row, column and value', async () => {
		const r = await run(BAD);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const lines = r.errors.map(formatEstablishmentError);
		expect(lines).toEqual([
			'establishment.csv row 8: Reports To "P99" is not the Position ID of any row; give the position id of this post\'s line manager (blank only for the top post)',
			'establishment.csv row 9: Position ID "P4" is also on row 5 (Accountant); each post needs its own id, so correct one of them or remove the repeated row',
			'establishment.csv row 10: these posts report to each other in a loop: P8 (Loop A, row 10) → P10 (Loop C, row 12) → P9 (Loop B, row 11) → P8; no post in it reaches the top post, so correct the Reports To of one of them',
			"establishment.csv row 13: P11 (Second top, row 13) has no line manager (Reports To is blank), but only the top post may have none and P1 (Chief Executive, row 2), with 10 rows under it, is taken as the top; give this post's line manager",
			'establishment.csv row 14: FTE "lots" is not a number; give the full-time equivalent, for example 1 or 0.5',
			'establishment.csv row 15: grade "GR99" has no salary anywhere to cost it (1 row: 15); give these posts a salary, or import against a structure that has grade "GR99"',
			'establishment.csv row 16: Position ID is blank; every post needs a position id, unique in the file',
			'establishment.csv row 16: Job Title is blank; give the post a job title'
		]);
		expect(r.errors[4]).toMatchObject({
			row: 14,
			header: 'FTE',
			value: 'lots',
			line: 14,
			field: 'FTE'
		});
	});

	it('with leaveOutBadRows, leaves out and lists the bad rows and the rows under them', async () => {
		const r = await run(BAD, { leaveOutBadRows: true });
		if (!r.ok) throw new Error(r.errors.map(formatModelError).join('\n'));
		expect(r.leftOut.map((l) => [l.row, l.id])).toEqual([
			[8, 'P7'],
			[9, 'P4'],
			[10, 'P8'],
			[11, 'P9'],
			[12, 'P10'],
			[13, 'P11'],
			[14, 'P12'],
			[15, 'P13'],
			[16, ''],
			[17, 'P14']
		]);
		expect(r.leftOut[3].reasons).toEqual(['in a reporting loop (see row 10)']);
		expect(r.leftOut[9].reasons).toEqual(['its line manager P12 (Part-timer, row 14) is left out']);
		expect(r.leftOut[8].reasons).toHaveLength(2);
		// the good rows are all in, and the first P4 keeps its id
		expect([...r.structure.posts.keys()].sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
		expect(r.structure.posts.get('P4')!.title).toBe('Accountant');
		expect(r.structure.description).toContain('10 rows were left out');
	});

	it('refuses a file whose columns it cannot map, naming the columns', async () => {
		const r = await run(['Ref,Boss,Name', 'P1,,CEO']);
		expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
			'id: no column holds the position id; name it with id=<column header>',
			"reportsTo: no column holds the manager's position id; name it with reportsTo=<column header>",
			'title: no column holds the job title; name it with title=<column header>',
			'grade: no column holds the grade or the salary, so no post can be costed; name one with grade=<column header> or salary=<column header>'
		]);
		const mapped = await run(['Ref,Boss,Name,Pay', 'P1,,CEO,150000', 'P2,P1,Director,120000'], {
			columns: { id: 'Ref', reportsTo: 'Boss', title: 'Name', salary: 'Pay' }
		});
		expect(mapped.ok && [...mapped.structure.posts.keys()]).toEqual(['P1', 'P2']);
	});
});
