/**
 * The store through the real production server (`node server.js`), in its own process on its own
 * fresh database (so the scenarios it saves do not disturb other specs): the API round trip, and a
 * server killed with SIGKILL in the middle of a stream of saves, restarted on the same database,
 * still holding every save it acknowledged.
 */
import { expect, test } from './fixtures.ts';
import Database from 'better-sqlite3';
import {
	startServer,
	TEST_ADMIN,
	type SignedInPerson,
	type TestServer
} from '../support/server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 5203;
const dataDir = mkdtempSync(join(tmpdir(), 'council-store-e2e-'));
let server: TestServer | undefined;
let admin: SignedInPerson | undefined;

const post = (path: string, body: unknown, type = 'application/json') =>
	server!.fetch(path, {
		method: 'POST',
		headers: { 'content-type': type },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await startServer({ dataDir, port: PORT, people: [TEST_ADMIN] });
	admin = server.admin;
});

test.afterAll(async () => {
	if (server) await server.kill();
	rmSync(dataDir, { recursive: true, force: true });
});

test('the API lists the built-in models, saves a scenario and refuses a stale save with 409', async () => {
	const list = await (await server!.fetch(`/api/structures`)).json();
	const ids = list.map((l: { id: string }) => l.id);
	expect(ids).toContain('clt-2020');
	expect(list.find((l: { id: string }) => l.id === 'clt-2020')).toMatchObject({
		builtIn: true,
		latestVersion: 1
	});

	const base = await (await server!.fetch(`/api/structures/clt-2020`)).json();
	// The same as its base, a scenario would be empty: refused, and nothing saved.
	const same = await post('/api/structures', {
		name: 'E2E option',
		derivedFrom: 'clt-2020',
		baseVersion: base.version,
		structure: base.structure
	});
	expect(same.status).toBe(422);
	expect((await same.json()).message).toBe(
		'Make a change first: this is the same as Corporate Leadership Team, 2020, version 1, so there is nothing to save as a scenario.'
	);
	const created = await post('/api/structures', {
		name: 'E2E option',
		derivedFrom: 'clt-2020',
		baseVersion: base.version,
		structure: { ...base.structure, description: 'An option saved by the browser tests.' }
	});
	expect(created.status).toBe(201);
	const { id } = await created.json();
	const v1 = await (await server!.fetch(`/api/structures/${id}`)).json();
	const ceo = v1.structure.ceo;
	const edited = structuredClone(v1.structure);
	edited.posts[ceo].title = 'Chief Executive (edited)';
	const v2 = await post(`/api/structures/${id}/versions`, {
		structure: edited,
		basedOnVersion: 1,
		changeLog: ['Chief Executive retitled Chief Executive (edited)']
	});
	expect(v2.status).toBe(201);
	const stale = await post(`/api/structures/${id}/versions`, {
		structure: v1.structure,
		basedOnVersion: 1
	});
	expect(stale.status).toBe(409);
	expect((await stale.json()).message).toMatch(
		/^Someone saved version 2 since you opened version 1/
	);

	const bad = await post(
		'/api/import?file=bad.yaml',
		'id: bad\nname: Bad\nderivedFrom: clt-2020\nposts:\n  - { id: nobody-here, title: X }\n',
		'application/yaml'
	);
	expect(bad.status).toBe(422);
	expect((await bad.json()).errors[0]).toMatchObject({
		file: 'bad.yaml',
		line: expect.any(Number)
	});

	const csv = await server!.fetch(`/api/structures/${id}/export.csv`);
	expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
	expect((await csv.text()).split('\r\n')[0]).toMatch(/^\ufeff?id,title,grade,salary point/);
	const yaml = await server!.fetch(`/api/structures/${id}/export.yaml?version=1`);
	expect(await yaml.text()).toContain(`id: ${id}`);
});

test('a server killed with SIGKILL mid-stream keeps every save it acknowledged', async () => {
	const base = await (await server!.fetch(`/api/structures/clt-2020`)).json();
	const created = await (
		await post('/api/structures', { name: 'Crash stream', structure: base.structure })
	).json();
	const id = created.id as string;
	let doc = (await (await server!.fetch(`/api/structures/${id}`)).json()).structure;
	const ceo = doc.ceo as string;
	const acked: number[] = [1];
	// Saves one after another, each acknowledged by its 201; then one more left in flight as the
	// server is killed.
	for (let n = 2; n <= 26; n++) {
		doc = structuredClone(doc);
		doc.posts[ceo].title = `Chief Executive ${n}`;
		const res = await post(`/api/structures/${id}/versions`, {
			structure: doc,
			basedOnVersion: n - 1
		});
		expect(res.status).toBe(201);
		expect((await res.json()).version).toBe(n);
		acked.push(n);
	}
	const inFlight = structuredClone(doc);
	inFlight.posts[ceo].title = 'Chief Executive 27';
	const pending = post(`/api/structures/${id}/versions`, {
		structure: inFlight,
		basedOnVersion: 26
	}).catch(() => undefined);
	await server!.kill();
	await pending;

	const db = new Database(join(dataDir, 'council-design.sqlite'), { readonly: true });
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	} finally {
		db.close();
	}

	server = await startServer({ dataDir, port: PORT, as: admin });
	const history = (await (await server!.fetch(`/api/structures/${id}/history`)).json()).versions;
	const versions = history.map((h: { version: number }) => h.version);
	// Every acknowledged version; the one in flight is there whole or not at all.
	expect(versions.slice(0, 26)).toEqual(acked);
	expect(versions.length === 26 || versions.length === 27).toBe(true);
	for (const v of [2, 13, 26]) {
		const got = await (await server!.fetch(`/api/structures/${id}?version=${v}`)).json();
		expect(got.structure.posts[ceo].title).toBe(`Chief Executive ${v}`);
	}
});
