/**
 * Test support: a seeded generator of realistic HR establishment exports (not product code). A
 * Chief Executive, several directorates with services and teams, ragged spans around six,
 * part-time posts, vacancies (without a salary, as payroll exports leave them), salaries by grade,
 * cost centres and funding; optionally a few bad rows of each kind the import must catch. The same
 * options always give the same file. Tests and tests/bench both use it.
 */
import { prng } from '../../src/lib/testing/prng.ts';

export const HR_HEADERS = [
	'Position ID',
	'Reports To Position',
	'Job Title',
	'Grade',
	'Directorate',
	'Service',
	'Team',
	'FTE',
	'Salary',
	'Vacant',
	'Cost Centre',
	'Funding'
] as const;

export interface HrExportOptions {
	posts: number;
	seed?: number;
	/** Add bad rows of every kind (see BadRows). */
	badRows?: boolean;
}

/** The bad rows added, by kind, as Position IDs. */
export interface BadRows {
	unknownManager: string;
	/** The id repeated; the later row (the repeat) is the bad one. */
	duplicate: string;
	badFte: string;
	/** A loop of two posts, and a post under it. */
	loop: [string, string];
	underLoop: string;
	secondTop: string;
	uncostedGrade: string;
}

export interface HrExport {
	headers: string[];
	/** Cells in HR_HEADERS order. */
	rows: string[][];
	bad?: BadRows;
}

const DIRECTORATES = [
	'City Operations',
	'City Housing',
	'Children and Families',
	'Adult Social Care',
	'Place, Prosperity and Sustainability',
	'Council Management',
	'Digital and Customer Services'
];
const SERVICE_WORDS = ['Operations', 'Commissioning', 'Support', 'Quality', 'Delivery', 'Planning'];
/** Grade and full-time salary at the bottom of it, by layer (1 = the Chief Executive). */
const GRADES: [string, number, string][] = [
	['CEX', 185000, 'Chief Executive'],
	['JNC Director', 140000, 'Director'],
	['JNC AD', 85000, 'Assistant Director'],
	['GR9', 62000, 'Head of Service'],
	['GR7', 42000, 'Team Manager'],
	['GR5', 31000, 'Senior Officer'],
	['GR3', 23000, 'Officer']
];

export function generateHrExport({
	posts: size,
	seed = 1,
	badRows = false
}: HrExportOptions): HrExport {
	const rand = prng(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const rows: string[][] = [];
	const layerOf: number[] = [];
	const unitOf: [string, string, string][] = [];
	const id = (i: number) => `P${100000 + i}`;
	const add = (manager: number, unit: [string, string, string]) => {
		const i = rows.length;
		const layer = manager < 0 ? 1 : layerOf[manager] + 1;
		const [grade, bottom, word] = GRADES[Math.min(layer, GRADES.length) - 1];
		const vacant = layer > 2 && rand() < 0.08;
		const partTime = layer > 4 && rand() < 0.15;
		const fte = partTime ? ['0.5', '0.6', '0.8', '0.4'][int(0, 3)] : '1';
		const salary = vacant ? '' : String(Math.round(bottom * (1 + 0.03 * int(0, 4))));
		const [dir, service, team] = unit;
		const title =
			layer === 1 ? word : layer === 2 ? `${word} of ${dir}` : `${word}, ${team || service || dir}`;
		const housing = dir === 'City Housing';
		const funding = housing
			? rand() < 0.5
				? 'HRA'
				: 'General Fund 40% / HRA 60%'
			: rand() < 0.05
				? 'Grant'
				: '';
		rows.push([
			id(i),
			manager < 0 ? '' : id(manager),
			title,
			grade,
			dir,
			service,
			team,
			fte,
			salary,
			vacant ? 'Yes' : 'No',
			`CC${1000 + DIRECTORATES.indexOf(dir)}`,
			funding
		]);
		layerOf.push(layer);
		unitOf.push(unit);
		return i;
	};

	// Breadth first: the Chief Executive, one director per directorate, then ragged spans below.
	add(-1, ["Chief Executive's Office", '', '']);
	const queue: number[] = [];
	for (const dir of DIRECTORATES) if (rows.length < size) queue.push(add(0, [dir, '', '']));
	let services = 0;
	let teams = 0;
	for (let head = 0; head < queue.length && rows.length < size; head++) {
		const m = queue[head];
		const r = rand();
		// Spans: 1 or 2 for one manager in five, else 3 to 10 (a mean near six).
		const span = r < 0.1 ? 1 : r < 0.2 ? 2 : int(3, 10);
		const [dir, service, team] = unitOf[m];
		for (let k = 0; k < span && rows.length < size; k++) {
			let unit: [string, string, string] = [dir, service, team];
			if (service === '')
				unit = [dir, `${SERVICE_WORDS[services % SERVICE_WORDS.length]} ${++services}`, ''];
			else if (team === '') unit = [dir, service, `Team ${++teams}`];
			queue.push(add(m, unit));
		}
	}
	const headers = [...HR_HEADERS];
	if (!badRows) return { headers, rows };

	// Bad rows: existing posts with no reports get a fault (so nothing else hangs under them), and
	// new rows make a loop, a second top post and a grade with no salary.
	const managers = new Set(rows.map((r) => r[1]));
	const leaves = rows.filter((r) => !managers.has(r[0]) && r[1] !== '');
	const [unknown, fte, dup] = [leaves[5], leaves[17], leaves[29]];
	unknown[1] = 'P999999';
	fte[7] = 'full time';
	const n = rows.length;
	const repeat = [...dup];
	repeat[2] = 'Repeated row';
	rows.push(repeat);
	const loopA = id(n + 1);
	const loopB = id(n + 2);
	const base = [
		'',
		'',
		'Officer',
		'GR3',
		'City Operations',
		'Operations 1',
		'Team 1',
		'1',
		'23000',
		'No',
		'CC1000',
		''
	];
	const row = (pid: string, manager: string, fields: Record<number, string> = {}) => {
		const r = [...base];
		r[0] = pid;
		r[1] = manager;
		for (const [k, v] of Object.entries(fields)) r[Number(k)] = v;
		rows.push(r);
	};
	row(loopA, loopB, { 2: 'Loop officer A' });
	row(loopB, loopA, { 2: 'Loop officer B' });
	row(id(n + 3), loopA, { 2: 'Under the loop' });
	row(id(n + 4), '', { 2: 'Second top post' });
	row(id(n + 5), id(1), { 2: 'Ungraded adviser', 3: 'GR99', 8: '' });
	return {
		headers,
		rows,
		bad: {
			unknownManager: unknown[0],
			duplicate: dup[0],
			badFte: fte[0],
			loop: [loopA, loopB],
			underLoop: id(n + 3),
			secondTop: id(n + 4),
			uncostedGrade: id(n + 5)
		}
	};
}

function csvCell(value: string, delimiter: string): string {
	return value.includes(delimiter) || value.includes('"') || value.includes('\n')
		? `"${value.replace(/"/g, '""')}"`
		: value;
}

export function toCsv({ headers, rows }: HrExport, delimiter = ','): string {
	return (
		[headers, ...rows]
			.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter))
			.join('\r\n') + '\r\n'
	);
}

/** The export as an .xlsx workbook (numbers as numbers, as Excel would hold them). */
export async function toXlsx({ headers, rows }: HrExport): Promise<Uint8Array> {
	const { default: writeExcelFile } = await import('write-excel-file/node');
	const numeric = new Set(['FTE', 'Salary']);
	const cols = headers.map((h) => numeric.has(h));
	const data = [
		headers,
		...rows.map((r) =>
			r.map((c, i) => (c === '' ? null : cols[i] && /^\d+(\.\d+)?$/.test(c) ? Number(c) : c))
		)
	];
	const buffer = await writeExcelFile(data).toBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
