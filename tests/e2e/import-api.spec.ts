/**
 * POST /api/import with an HR export, against the built server (`node server.js`) on its own
 * database: CSV and XLSX either import whole (201, the posts counted here from the generated rows)
 * or are refused with every problem located by file, row, column and value (422, nothing saved);
 * with leaveOutBadRows the bad rows are listed; into= adds a version, refused as stale with 409.
 */
import { expect, test } from '@playwright/test';
import type { TestServer } from '../support/server.ts';
import { ownServer } from './own-server.ts';
import { generateHrExport, toCsv, toXlsx } from '../support/hrExport.ts';

let server: TestServer;
ownServer((s) => {
	server = s;
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const post = (path: string, body: Uint8Array | string, type: string) =>
	server.fetch(`${server.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': type, origin: server.url },
		body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>])
	});
interface RowError {
	file: string;
	row?: number;
	header?: string;
	value?: string;
	message: string;
}

const bad = generateHrExport({ posts: 120, seed: 5, badRows: true });
/** Spreadsheet row of a Position ID: the header is row 1, so the n-th data row is n + 2 (0-based n). */
const rowOf = (id: string, from = 0) => bad.rows.findIndex((r, i) => i >= from && r[0] === id) + 2;

function expectLocated(errors: RowError[], file: string) {
	const b = bad.bad!;
	const at = (row: number) => errors.find((e) => e.row === row);
	expect(at(rowOf(b.unknownManager))).toMatchObject({
		file,
		header: 'Reports To Position',
		value: 'P999999'
	});
	expect(at(rowOf(b.badFte))).toMatchObject({ file, header: 'FTE' });
	// The repeat is the later of the two rows with that id.
	const repeat = rowOf(b.duplicate, rowOf(b.duplicate) - 1);
	expect(at(repeat)).toMatchObject({ file, header: 'Position ID', value: b.duplicate });
	for (const e of errors) if (e.row !== undefined) expect(e.message.length).toBeGreaterThan(20);
}

test('a CSV export imports whole, with every post', async () => {
	const e = generateHrExport({ posts: 300, seed: 4 });
	const res = await post('/api/import?file=council.csv', toCsv(e), 'text/csv');
	expect(res.status).toBe(201);
	const body = await res.json();
	expect(body).toMatchObject({ id: 'council', version: 1, name: 'Establishment from council.csv' });
	const got = await (await server.fetch(`${server.url}/api/structures/council`)).json();
	// The API's JSON keeps a structure's posts as an object keyed by id.
	const records: Record<string, unknown> = got.structure.posts;
	expect(Object.keys(records)).toHaveLength(300);
});

test('an XLSX export, known by its content type, imports whole', async () => {
	const e = generateHrExport({ posts: 150, seed: 6 });
	const res = await post('/api/import', await toXlsx(e), XLSX);
	expect(res.status).toBe(201);
	const { id } = await res.json();
	const got = await (await server.fetch(`${server.url}/api/structures/${id}`)).json();
	const records: Record<string, unknown> = got.structure.posts;
	expect(Object.keys(records)).toHaveLength(150);
});

test('a CSV with bad rows is refused with each problem located, and nothing is saved', async () => {
	const before = (await (await server.fetch(`${server.url}/api/structures`)).json()).length;
	const res = await post('/api/import?file=bad.csv', toCsv(bad), 'text/csv');
	expect(res.status).toBe(422);
	const body = await res.json();
	expect(body.message).toMatch(/^bad\.csv has \d+ errors; nothing was imported/);
	expectLocated(body.errors, 'bad.csv');
	expect((await (await server.fetch(`${server.url}/api/structures`)).json()).length).toBe(before);
});

test('an XLSX with bad rows is refused the same way', async () => {
	const res = await post('/api/import?file=bad.xlsx', await toXlsx(bad), XLSX);
	expect(res.status).toBe(422);
	expectLocated((await res.json()).errors, 'bad.xlsx');
});

test('leaveOutBadRows imports the rest and lists the rows left out', async () => {
	const res = await post('/api/import?file=bad.csv&leaveOutBadRows=1', toCsv(bad), 'text/csv');
	expect(res.status).toBe(201);
	const body = await res.json();
	const left = body.leftOut.map((r: { id: string }) => r.id);
	const b = bad.bad!;
	for (const id of [b.unknownManager, b.badFte, ...b.loop, b.underLoop, b.secondTop])
		expect(left).toContain(id);
});

test('into= adds a version; a stale basedOnVersion is a conflict', async () => {
	const e = generateHrExport({ posts: 200, seed: 7 });
	const first = await (await post('/api/import?file=base.csv', toCsv(e), 'text/csv')).json();
	// The newer export: one post regraded.
	const newer = { ...e, rows: e.rows.map((r) => [...r]) };
	newer.rows[10][3] = 'GR9';
	const into = `/api/import?file=newer.csv&into=${first.id}`;
	const ok = await post(`${into}&basedOnVersion=1`, toCsv(newer), 'text/csv');
	expect(ok.status).toBe(201);
	expect(await ok.json()).toMatchObject({ id: first.id, version: 2 });
	const stale = await post(`${into}&basedOnVersion=1`, toCsv(newer), 'text/csv');
	expect(stale.status).toBe(409);
	expect((await stale.json()).latestVersion).toBe(2);
});

test('columns= names a column the headers do not say', async () => {
	const e = generateHrExport({ posts: 50, seed: 8 });
	e.headers[2] = 'Designation';
	const refused = await post('/api/import?file=d.csv', toCsv(e), 'text/csv');
	expect(refused.status).toBe(422);
	const ok = await post('/api/import?file=d.csv&columns=title%3DDesignation', toCsv(e), 'text/csv');
	expect(ok.status).toBe(201);
});
