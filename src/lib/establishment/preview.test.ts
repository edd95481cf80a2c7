import { describe, expect, it } from 'vitest';
import { importChanges } from './changes';
import { establishmentFromTable } from './importEstablishment';
import { headersKey, previewImport } from './preview';
import { csvTable, type Table } from './readTable';

const HEADER = 'Position ID,Reports To,Job Title,Grade,Directorate,Service,FTE,Salary,Vacant';
/** The CEO, two directors, three below Finance (one part-time, one vacant), in four units. */
const GOOD = [
	HEADER,
	"P1,,Chief Executive,CEX,Chief Executive's Office,,1,180000,No",
	'P2,P1,Director of Finance,JNC,Finance,,1,140000,No',
	'P3,P1,Director of Housing,JNC,City Housing,,1,150000,No',
	'P4,P2,Accountant,GR7,Finance,Accounts,0.5,32000,No',
	'P5,P2,Accountant,GR7,Finance,Accounts,1,,Yes',
	'P6,P4,Clerk,GR3,Finance,Accounts,1,21000,No'
];

function table(lines: string[]): Table {
	const r = csvTable(lines.join('\n'), 'hr.csv');
	if (!r.ok) throw new Error(r.errors[0].message);
	return r.table;
}

describe('previewImport', () => {
	it('counts rows, posts, units, vacancies and managers, and reads the first rows as imported', () => {
		const { preview } = previewImport(table(GOOD), { date: '2024-06-01' }, { rows: 2 });
		// Units: the office, Finance, City Housing, Finance › Accounts. Managers: P1, P2, P4.
		expect(preview.counts).toEqual({ rows: 6, posts: 6, units: 4, vacancies: 1, managers: 3 });
		expect(preview.clean).toBe(true);
		expect(preview.rows).toHaveLength(2);
		expect(preview.rows[1]).toMatchObject({
			row: 3,
			id: 'P2',
			reportsTo: 'P1',
			title: 'Director of Finance',
			unit: 'Finance',
			fte: 1,
			salary: 140000,
			status: 'existing'
		});
		expect(preview.columnsText).toContain('unit=Directorate>Service');
	});

	it('follows a changed mapping: the title read from the Grade column', () => {
		const { preview } = previewImport(table(GOOD), {
			columns: { title: 'Grade' },
			date: '2024-06-01'
		});
		expect(preview.rows[0].title).toBe('CEX');
		expect(preview.mapping.title).toBe('Grade');
	});

	it('lists the first problems with their total, and counts what leaving them out would import', () => {
		const bad = [
			...GOOD,
			'P7,P99,Officer,GR3,Finance,,abc,20000,No',
			'P8,P7,Officer,GR3,Finance,,1,20000,No'
		];
		const { preview } = previewImport(table(bad), { date: '2024-06-01' }, { errors: 1 });
		// P7 has two problems (unknown manager, FTE "abc"); P8 hangs under it.
		expect(preview.errors.total).toBe(2);
		expect(preview.errors.first).toHaveLength(1);
		expect(preview.errors.first[0]).toMatchObject({ row: 8 });
		expect(preview.clean).toBe(false);
		expect(preview.importableLeavingOut).toBe(true);
		expect(preview.leftOut.total).toBe(2);
		expect(preview.leftOut.first.map((r) => r.id)).toEqual(['P7', 'P8']);
		expect(preview.counts.posts).toBe(6);
	});

	it('says when no column holds a required field, and shows no rows', () => {
		const { preview } = previewImport(table(GOOD), { columns: { id: '' } });
		expect(preview.mappingProblems[0]).toMatch(/^id: no column holds the position id/);
		expect(preview.importableLeavingOut).toBe(false);
		expect(preview.rows).toEqual([]);
	});
});

describe('headersKey', () => {
	it('is the same for the same headers whatever their case and punctuation', () => {
		expect(headersKey(['Position ID', 'Job_Title'])).toBe(headersKey(['position id', 'JOB TITLE']));
		expect(headersKey(['Position ID', 'Job Title'])).not.toBe(
			headersKey(['Job Title', 'Position ID'])
		);
	});
});

describe('importChanges', () => {
	it('counts posts added, removed, moved, regraded and vacancy changes between two exports', () => {
		const before = establishmentFromTable(table(GOOD), { date: '2024-06-01' });
		const newer = [
			HEADER,
			"P1,,Chief Executive,CEX,Chief Executive's Office,,1,180000,No",
			'P2,P1,Director of Finance,JNC,Finance,,1,140000,No',
			'P3,P1,Director of Housing,JNC,City Housing,,1,150000,No',
			// P4 regraded; P5 filled; P6 moves under P3 in City Housing; P7 new.
			'P4,P2,Accountant,GR9,Finance,Accounts,0.5,32000,No',
			'P5,P2,Accountant,GR7,Finance,Accounts,1,30000,No',
			'P6,P3,Clerk,GR3,City Housing,,1,21000,No',
			'P7,P3,Housing Officer,GR3,City Housing,,1,22000,No'
		];
		const after = establishmentFromTable(table(newer), { date: '2024-07-01' });
		if (!before.ok || !after.ok) throw new Error('both import');
		const c = importChanges(before.structure, after.structure, 3);
		expect(c.from.version).toBe(3);
		expect(c.added).toEqual({ total: 1, first: [{ id: 'P7', title: 'Housing Officer' }] });
		expect(c.removed.total).toBe(0);
		expect(c.regraded.first).toEqual([{ id: 'P4', title: 'Accountant', from: 'GR7', to: 'GR9' }]);
		expect(c.vacancy.first).toEqual([
			{ id: 'P5', title: 'Accountant', from: 'vacant', to: 'filled' }
		]);
		expect(c.moved.first).toEqual([
			{
				id: 'P6',
				title: 'Clerk',
				fromManager: 'Accountant (P4)',
				toManager: 'Director of Housing (P3)',
				fromUnit: 'Accounts',
				toUnit: 'City Housing'
			}
		]);
	});
});
