import { describe, expect, it } from 'vitest';
import { describeMapping, detectMapping, parseColumnsOption, resolveMapping } from './columns';

describe('detectMapping', () => {
	it('recognises common header names whatever their case and spacing', () => {
		const m = detectMapping([
			'POST_NUMBER',
			'Manager Position',
			'Title',
			'Pay Grade',
			'Team',
			'Directorate',
			'Service Area',
			'fte',
			'Annual Salary',
			'Vacancy Status',
			'Cost Center',
			'Funding Source',
			'Employee Name'
		]);
		expect(m).toEqual({
			id: 'POST_NUMBER',
			reportsTo: 'Manager Position',
			title: 'Title',
			grade: 'Pay Grade',
			fte: 'fte',
			salary: 'Annual Salary',
			vacancy: 'Vacancy Status',
			costCentre: 'Cost Center',
			funding: 'Funding Source',
			// outermost first, whatever the column order
			units: ['Directorate', 'Service Area', 'Team']
		});
	});
});

describe('parseColumnsOption', () => {
	it('reads fields, department levels joined by > or repeated, and empty fields', () => {
		const r = parseColumnsOption(
			'id=Post Ref,reportsTo=Line Manager Post,unit=Dir>Svc,unit=Team,fte='
		);
		expect(r).toEqual({
			ok: true,
			override: {
				id: 'Post Ref',
				reportsTo: 'Line Manager Post',
				units: ['Dir', 'Svc', 'Team'],
				fte: ''
			}
		});
	});

	it('names an unknown field and a part with no =', () => {
		expect(parseColumnsOption('colour=Red')).toMatchObject({
			ok: false,
			message: expect.stringContaining('"colour" is not a field')
		});
		expect(parseColumnsOption('Position ID')).toMatchObject({
			ok: false,
			message: expect.stringContaining("has no '='")
		});
	});
});

describe('resolveMapping', () => {
	const headers = ['Post Ref', 'Line Manager Post', 'Job Title', 'Grade', 'Department', 'Hours'];

	it('lays the override over detection and checks every named column exists', () => {
		const r = resolveMapping(headers, { id: 'post ref', reportsTo: 'Line Manager Post' });
		expect(r.problems).toEqual([]);
		expect(r.mapping).toEqual({
			id: 'Post Ref',
			reportsTo: 'Line Manager Post',
			title: 'Job Title',
			grade: 'Grade',
			units: ['Department']
		});
		expect(r.columns).toEqual({ id: 0, reportsTo: 1, title: 2, grade: 3, units: [4] });
		expect(r.unused).toEqual(['Hours']);
		expect(describeMapping(r.mapping)).toBe(
			'id=Post Ref,reportsTo=Line Manager Post,title=Job Title,grade=Grade,unit=Department'
		);
	});

	it('says which required fields have no column and suggests a near header', () => {
		const r = resolveMapping(['Post Ref', 'Job Title', 'Grade'], { id: 'Post Reff' });
		expect(r.problems).toEqual([
			`id: there is no column "Post Reff"; did you mean 'Post Ref'? (the columns are: Post Ref, Job Title, Grade)`,
			"reportsTo: no column holds the manager's position id; name it with reportsTo=<column header>"
		]);
	});
});
