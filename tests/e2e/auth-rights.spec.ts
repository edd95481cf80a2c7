/**
 * Rights at the HTTP level against the built server, on a server of its own: every route × six
 * people (anonymous, viewer, viewer without pay, editor who owns the option, editor who does not,
 * administrator), with the status each gets and, for pay, the masked fields. Then the same option
 * shared, and a short load of signed-in reads.
 */
import { expect, test } from './fixtures.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';

test.describe.configure({ mode: 'serial' });

const PEOPLE = {
	admin: TEST_ADMIN,
	owner: { email: 'owner@council.gov.uk', role: 'editor', canSeePay: true },
	editor: { email: 'other.editor@council.gov.uk', role: 'editor', canSeePay: true },
	viewer: { email: 'panel@council.gov.uk', role: 'viewer', canSeePay: true },
	nopay: { email: 'panel.nopay@council.gov.uk', role: 'viewer', canSeePay: false }
} as const;
type Who = keyof typeof PEOPLE | 'anonymous';
const WHO: Who[] = ['anonymous', 'viewer', 'nopay', 'owner', 'editor', 'admin'];

let server: TestServer;
let option = '';

test.beforeAll(async () => {
	server = await startServer({ people: Object.values(PEOPLE) });
	const base = await (await server.fetch('/api/structures/clt-2020')).json();
	const saved = await as('owner', '/api/structures', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			name: 'Private option',
			derivedFrom: 'clt-2020',
			// A scenario must differ from its base: this one says what it is for.
			structure: { ...base.structure, description: 'A scenario saved by the browser tests.' }
		})
	});
	expect(saved.status).toBe(201);
	option = (await saved.json()).id;
});

test.afterAll(async () => {
	await server?.stop();
});

function as(who: Who, path: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	if (who !== 'anonymous')
		headers.set('cookie', `council_design_session=${server.people[PEOPLE[who].email].session}`);
	return fetch(server.url + path, { ...init, headers, redirect: 'manual' });
}

/** Status by person, in the order of WHO. */
type Row = [path: string, statuses: number[]];

test('every route answers each person as their rights say', async () => {
	const report = `base=clt-2020&options=${option}`;
	const rows: Row[] = [
		// Pages: anonymous are sent to sign in; a private option is "not found" to others.
		['/', [303, 200, 200, 200, 200, 200]],
		['/compare', [303, 200, 200, 200, 200, 200]],
		['/report', [303, 200, 200, 200, 200, 200]],
		['/structures/clt-2020', [303, 200, 200, 200, 200, 200]],
		[`/structures/${option}`, [303, 404, 404, 200, 404, 200]],
		[`/structures/${option}/costs`, [303, 404, 404, 200, 404, 200]],
		[`/structures/${option}/history`, [303, 404, 404, 200, 404, 200]],
		[`/structures/${option}/sharing`, [303, 404, 404, 200, 404, 200]],
		[`/report?${report}`, [303, 404, 404, 200, 404, 200]],
		[`/report/csv?${report}`, [303, 404, 404, 200, 404, 200]],
		['/import', [303, 403, 403, 200, 200, 200]],
		['/admin', [303, 403, 403, 403, 403, 200]],
		['/admin/audit', [303, 403, 403, 403, 403, 200]],
		['/admin/audit.csv', [303, 403, 403, 403, 403, 200]],
		// The API: 401 without a session or token.
		['/api/structures', [401, 200, 200, 200, 200, 200]],
		['/api/structures/clt-2020', [401, 200, 200, 200, 200, 200]],
		[`/api/structures/${option}`, [401, 404, 404, 200, 404, 200]],
		[`/api/structures/${option}/history`, [401, 404, 404, 200, 404, 200]],
		[`/api/structures/${option}/export.csv`, [401, 404, 404, 200, 404, 200]],
		[`/api/structures/${option}/export.yaml`, [401, 404, 404, 200, 404, 200]],
		// Open to all.
		['/robots.txt', [200, 200, 200, 200, 200, 200]],
		['/sign-in', [200, 200, 200, 200, 200, 200]]
	];
	const problems: string[] = [];
	for (const [path, statuses] of rows)
		for (const [i, who] of WHO.entries()) {
			const res = await as(who, path);
			await res.arrayBuffer();
			if (res.status !== statuses[i])
				problems.push(`${path} as ${who}: ${res.status}, expected ${statuses[i]}`);
		}
	expect(problems).toEqual([]);

	// The 404 says the same as for a structure that does not exist.
	const hidden = await (await as('viewer', `/api/structures/${option}`)).json();
	const missing = await (await as('viewer', '/api/structures/no-such-option')).json();
	expect(hidden.message.replace(option, 'X')).toBe(missing.message.replace('no-such-option', 'X'));
	expect(hidden.message).not.toContain('Private option');

	// Writes: saves need edit rights (403 to those who may read but not edit, 404 to the rest).
	const doc = (await (await as('owner', `/api/structures/${option}`)).json()).structure;
	const save = (who: Who) =>
		as(who, `/api/structures/${option}/versions`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ structure: doc, basedOnVersion: 1, changeLog: [`by ${who}`] })
		});
	expect((await save('anonymous')).status).toBe(401);
	expect((await save('viewer')).status).toBe(404);
	expect((await save('editor')).status).toBe(404);
	expect((await save('owner')).status).toBe(200); // unchanged: nothing differed
	const newScenario = (who: Who) =>
		as(who, '/api/structures', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: `By ${who}`, structure: doc })
		});
	expect((await newScenario('viewer')).status).toBe(403);
	expect((await newScenario('nopay')).status).toBe(403);
});

test('shared to read: viewers read it, pay masked for the one without the right; edits stay the owner’s', async () => {
	const shared = await as('admin', `/structures/${option}/sharing?/visibility`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
		body: 'visibility=everyone'
	});
	expect(shared.status).toBe(200);
	for (const who of ['viewer', 'nopay', 'editor'] as const)
		expect((await as(who, `/api/structures/${option}`)).status, who).toBe(200);

	const withPay = (await (await as('viewer', `/api/structures/${option}`)).json()).structure;
	const masked = (await (await as('nopay', `/api/structures/${option}`)).json()).structure;
	const ceo = withPay.ceo as string;
	expect(typeof withPay.grades[withPay.posts[ceo].grade].point).toBe('number');
	expect(masked.payMasked).toBe(true);
	expect(masked.grades[masked.posts[ceo].grade]).toMatchObject({
		min: null,
		max: null,
		point: null
	});
	// The API's JSON keeps a structure's posts as an object keyed by id.
	const maskedRecords: Record<string, object> = masked.posts;
	expect(Object.values(maskedRecords).some((p) => 'salary' in p)).toBe(false);
	// Unit totals stay, to the penny as the owner's copy gives them.
	expect(Object.keys(masked.unitCosts).length).toBe(Object.keys(withPay.units).length);

	// The CSV export: the money columns are empty for the reader without pay.
	const csv = await (await as('nopay', `/api/structures/${option}/export.csv`)).text();
	const [header, first] = csv.replace('\ufeff', '').split(/\r?\n/);
	const cells = first.split(',');
	const at = (name: string) => header.split(',').indexOf(name);
	expect(cells[at('total')]).toBe('');
	expect(cells[at('employer NI')]).toBe('');
	const full = (await (await as('viewer', `/api/structures/${option}/export.csv`)).text())
		.replace('\ufeff', '')
		.split(/\r?\n/)[1]
		.split(',');
	expect(Number(full[at('total')])).toBeGreaterThan(0);

	// The report's JSON-free CSV: post money empty, for the reader without pay.
	const reportCsv = await (await as('nopay', `/report/csv?base=clt-2020&options=${option}`)).text();
	expect(reportCsv).not.toMatch(/\d{5,}\.\d\d/);

	// Edit rights do not come with reading: another editor is refused with 403 now.
	const doc = withPay;
	const save = await as('editor', `/api/structures/${option}/versions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ structure: doc, basedOnVersion: 1 })
	});
	expect(save.status).toBe(403);

	// The audit trail holds the share, the save of the option and the exports.
	const audit = await (await as('admin', '/admin/audit.csv')).text();
	for (const action of ['save', 'share', 'export-csv', 'view'])
		expect(audit, action).toContain(`,${action},`);
});

test('twenty connections reading for fifteen seconds, signed in: no errors', async () => {
	test.setTimeout(60_000);
	const paths = ['/api/structures', '/api/structures/clt-2020', '/structures/clt-2020'];
	const until = Date.now() + 15_000;
	const times: number[] = [];
	let errors = 0;
	await Promise.all(
		Array.from({ length: 20 }, async (_, c) => {
			for (let i = c; Date.now() < until; i++) {
				const t0 = performance.now();
				const res = await as('viewer', paths[i % paths.length]);
				await res.arrayBuffer();
				times.push(performance.now() - t0);
				if (res.status !== 200) errors++;
			}
		})
	);
	times.sort((a, b) => a - b);
	const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
	console.log(
		`load: ${times.length} signed-in reads in 15 s by 20 connections (${(times.length / 15).toFixed(0)} a second), ` +
			`median ${pct(0.5).toFixed(0)} ms, 95th percentile ${pct(0.95).toFixed(0)} ms, errors ${errors}`
	);
	expect(errors).toBe(0);
	expect(times.length).toBeGreaterThan(100);
});
