import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdit } from '$lib/editing/applyEdit';
import { editingFixture } from '$lib/testing/editingFixture';
import { structureToYaml } from '$lib/model';
import type { Structure } from '$lib/model/types';
import { fromDocument, toDocument, type StructureDocument } from '$lib/model/structureDocument';
import { appDatabase, insertUser, updateSharing, type User } from '$lib/server/auth';
import { closeStore } from '$lib/server/store';
import * as importRoute from './import/+server';
import * as structureRoute from './structures/[id]/+server';
import * as csvRoute from './structures/[id]/export.csv/+server';
import * as yamlRoute from './structures/[id]/export.yaml/+server';
import * as historyRoute from './structures/[id]/history/+server';
import * as restoreRoute from './structures/[id]/restore/+server';
import * as versionsRoute from './structures/[id]/versions/+server';
import * as structuresRoute from './structures/+server';

/** Calls a route handler the way SvelteKit does, with just the parts the handlers read. */
type Handler = (event: never) => Response | Promise<Response>;
async function call(
	handler: Handler,
	opts: {
		params?: Record<string, string>;
		url?: string;
		body?: unknown;
		raw?: string;
		type?: string;
		/** Who asks: the editor made in beforeAll unless said otherwise (null for nobody). */
		as?: User | null;
	} = {}
) {
	const url = new URL(opts.url ?? 'http://localhost/api');
	const init: RequestInit = {};
	if (opts.body !== undefined || opts.raw !== undefined) {
		init.method = 'POST';
		init.body = opts.raw ?? JSON.stringify(opts.body);
		init.headers = { 'content-type': opts.type ?? 'application/json' };
	}
	const request = new Request(url, init);
	const user = opts.as === null ? undefined : (opts.as ?? editor);
	const res = await handler({
		request,
		url,
		params: opts.params ?? {},
		locals: { user, via: 'session' },
		getClientAddress: () => '127.0.0.1'
	} as never);
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
	let data: unknown = text;
	try {
		data = JSON.parse(text);
	} catch {
		// Not JSON (an export).
	}
	return { status: res.status, data: data as Record<string, unknown>, res };
}

const listing = (data: unknown) => data as { id: string; builtIn: boolean }[];

let dir: string;
let editor: User;
const saved = { data: process.env.DATA_DIR, models: process.env.MODELS_DIR };

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'council-api-'));
	mkdirSync(join(dir, 'models'));
	writeFileSync(join(dir, 'models', 'fixture.yaml'), structureToYaml(editingFixture()));
	process.env.DATA_DIR = join(dir, 'data');
	process.env.MODELS_DIR = join(dir, 'models');
	closeStore();
	editor = insertUser(appDatabase(), {
		email: 'editor@council.gov.uk',
		role: 'editor',
		canSeePay: true
	});
});

afterAll(() => {
	closeStore();
	for (const [key, value] of [
		['DATA_DIR', saved.data],
		['MODELS_DIR', saved.models]
	] as const) {
		if (value === undefined) delete process.env[key];
		else process.env[key] = value;
	}
	rmSync(dir, { recursive: true, force: true });
});

function retitled(s: Structure, title: string): Structure {
	const r = applyEdit(s, { type: 'retitlePost', postId: 'dn', title });
	if (!r.ok) throw new Error(r.error);
	return r.structure;
}

describe('structures API', () => {
	it('GET /api/structures lists the built-in structure', async () => {
		const { status, data } = await call(structuresRoute.GET as Handler);
		expect(status).toBe(200);
		expect(listing(data).map((l) => [l.id, l.builtIn])).toEqual([['fixture', true]]);
	});

	it('GET /api/structures/[id] returns a version, 404 for unknown ones and 400 for a bad number', async () => {
		const ok = await call(structureRoute.GET as Handler, { params: { id: 'fixture' } });
		expect(ok.status).toBe(200);
		expect(ok.data).toMatchObject({ version: 1, builtIn: true });
		const missing = await call(structureRoute.GET as Handler, {
			params: { id: 'fixture' },
			url: 'http://localhost/api?version=7'
		});
		expect(missing).toMatchObject({
			status: 404,
			data: { message: 'Structure “fixture” has no version 7; its latest is version 1.' }
		});
		// The one spelling, id@N, names the same version as the older ?version=N.
		const pinned = await call(structureRoute.GET as Handler, { params: { id: 'fixture@1' } });
		expect(pinned).toMatchObject({ status: 200, data: { version: 1 } });
		const unknown = await call(structureRoute.GET as Handler, { params: { id: 'nothing@2' } });
		expect(unknown).toMatchObject({
			status: 404,
			data: { message: 'There is no structure “nothing”. The structures are: fixture.' }
		});
		const bad = await call(structureRoute.GET as Handler, {
			params: { id: 'fixture' },
			url: 'http://localhost/api?version=x'
		});
		expect(bad.status).toBe(400);
	});

	it('POST /api/structures saves a scenario; versions, conflicts, history and restore follow', async () => {
		const base = editingFixture();
		// The same as the version it derives from, a scenario would be empty: refused.
		const empty = await call(structuresRoute.POST as Handler, {
			body: {
				name: 'Option A',
				derivedFrom: 'fixture',
				baseVersion: 1,
				structure: toDocument(base)
			}
		});
		expect(empty.status).toBe(422);
		expect(empty.data.message).toBe(
			`Make a change first: this is the same as ${base.name}, version 1, so there is nothing to save as a scenario.`
		);
		const created = await call(structuresRoute.POST as Handler, {
			body: {
				name: 'Option A',
				derivedFrom: 'fixture',
				baseVersion: 1,
				structure: toDocument({ ...base, description: 'Option A, with a description of its own.' })
			}
		});
		expect(created).toMatchObject({ status: 201, data: { ok: true, id: 'option-a', version: 1 } });

		const v2 = await call(versionsRoute.POST as Handler, {
			params: { id: 'option-a' },
			body: {
				structure: toDocument(
					retitled(
						{ ...base, id: 'option-a', name: 'Option A', derivedFrom: 'fixture' },
						'Director of Places'
					)
				),
				basedOnVersion: 1,
				changeLog: ['Director of Neighbourhoods retitled Director of Places']
			}
		});
		expect(v2).toMatchObject({ status: 201, data: { version: 2 } });

		const stale = await call(versionsRoute.POST as Handler, {
			params: { id: 'option-a' },
			body: {
				structure: toDocument(
					retitled({ ...base, id: 'option-a', name: 'Option A' }, 'Director of Communities')
				),
				basedOnVersion: 1
			}
		});
		expect(stale.status).toBe(409);
		expect(stale.data).toMatchObject({ reason: 'conflict', latestVersion: 2 });
		expect(stale.data.message).toMatch(/^Someone saved version 2 since you opened version 1/);

		const h = await call(historyRoute.GET as Handler, { params: { id: 'option-a' } });
		expect(
			(h.data.versions as { version: number; changeLog: string[] }[]).map((v) => [
				v.version,
				v.changeLog
			])
		).toEqual([
			[1, []],
			[2, ['Director of Neighbourhoods retitled Director of Places']]
		]);

		const restored = await call(restoreRoute.POST as Handler, {
			params: { id: 'option-a' },
			body: { version: 1, basedOnVersion: 2 }
		});
		expect(restored).toMatchObject({ status: 201, data: { version: 3 } });
		const readOnly = await call(restoreRoute.POST as Handler, {
			params: { id: 'fixture' },
			body: { version: 1 }
		});
		expect(readOnly.status).toBe(403);
	});

	it('answers as the person asking: private scenarios are 404 to others, edits need edit rights, pay is masked without the right', async () => {
		const db = appDatabase();
		const viewer = insertUser(db, { email: 'panel@council.gov.uk', role: 'viewer' });
		// option-a was saved by the editor above: private to them.
		const hidden = await call(structureRoute.GET as Handler, {
			params: { id: 'option-a' },
			as: viewer
		});
		expect(hidden).toMatchObject({
			status: 404,
			data: { message: 'There is no structure “option-a”. The structures are: fixture.' }
		});
		const list = await call(structuresRoute.GET as Handler, { as: viewer });
		expect(listing(list.data).map((l) => l.id)).toEqual(['fixture']);
		const csv = await call(csvRoute.GET as Handler, { params: { id: 'option-a' }, as: viewer });
		expect(csv.status).toBe(404);
		const history = await call(historyRoute.GET as Handler, {
			params: { id: 'option-a@1' },
			as: viewer
		});
		expect(history.status).toBe(404);

		updateSharing(db, {
			structureId: 'option-a',
			grant: [{ kind: 'user', id: viewer.id, access: 'view' }],
			by: editor.id
		});
		const seen = await call(structureRoute.GET as Handler, {
			params: { id: 'option-a' },
			as: viewer
		});
		expect(seen.status).toBe(200);
		const structure = fromDocument(seen.data.structure as StructureDocument) as Structure & {
			payMasked?: boolean;
		};
		expect(structure.payMasked).toBe(true);
		expect([...structure.posts.values()].every((p) => !('salary' in p))).toBe(true);
		expect(Object.values(structure.grades).every((g) => g.point === null)).toBe(true);
		const withPay = await call(structureRoute.GET as Handler, { params: { id: 'option-a' } });
		expect((withPay.data.structure as { payMasked?: boolean }).payMasked).toBeUndefined();

		const save = await call(versionsRoute.POST as Handler, {
			params: { id: 'option-a' },
			body: { structure: toDocument(editingFixture()), basedOnVersion: 3 },
			as: viewer
		});
		expect(save.status).toBe(403);
		const newScenario = await call(structuresRoute.POST as Handler, {
			body: { name: 'Viewer option', structure: toDocument(editingFixture()) },
			as: viewer
		});
		expect(newScenario.status).toBe(403);
		const anonymous = await call(structureRoute.GET as Handler, {
			params: { id: 'fixture' },
			as: null
		});
		expect(anonymous.status).toBe(404);
	});

	it('POST refuses an invalid document with 422 and the located errors, and malformed bodies with 400/415', async () => {
		const bad = structuredClone(editingFixture()) as Structure;
		bad.posts.get('dn')!.grade = 'band-z';
		(bad.posts.get('dcm') as unknown as Record<string, unknown>).reportTo = 'ceo';
		const shape = await call(structuresRoute.POST as Handler, {
			body: { name: 'Bad', structure: toDocument(bad) }
		});
		expect(shape.status).toBe(422);
		expect(shape.data.errors).toEqual([
			expect.objectContaining({
				field: 'posts.dcm.reportTo',
				message: expect.stringMatching(/^unknown field 'reportTo'; did you mean 'reportsTo'\?/)
			})
		]);
		delete (bad.posts.get('dcm') as unknown as Record<string, unknown>).reportTo;
		const semantic = await call(structuresRoute.POST as Handler, {
			body: { name: 'Bad', structure: toDocument(bad) }
		});
		expect(semantic.status).toBe(422);
		expect(semantic.data.errors).toEqual([
			expect.objectContaining({
				field: 'posts.dn.grade',
				message: expect.stringMatching(/^unknown grade 'band-z'/)
			})
		]);
		expect(
			(await call(structuresRoute.POST as Handler, { raw: '{', type: 'application/json' })).status
		).toBe(400);
		expect(
			(await call(structuresRoute.POST as Handler, { raw: 'x', type: 'text/plain' })).status
		).toBe(415);
		expect(
			(
				await call(versionsRoute.POST as Handler, {
					params: { id: 'fixture' },
					body: { structure: toDocument(editingFixture()) }
				})
			).status
		).toBe(400);
		const list = await call(structuresRoute.GET as Handler);
		expect(listing(list.data).map((l) => l.id)).toEqual(['fixture', 'option-a']);
	});

	it('POST /api/import imports YAML, and refuses a bad file with 422 and line numbers', async () => {
		const good = await call(importRoute.POST as Handler, {
			url: 'http://localhost/api/import?file=option-b.yaml',
			raw: [
				'id: option-b',
				'name: Option B',
				'derivedFrom: fixture',
				'posts:',
				'  - { id: ad-parking, reportsTo: md-ops }'
			].join('\n'),
			type: 'application/yaml'
		});
		expect(good).toMatchObject({ status: 201, data: { ok: true, id: 'option-b', version: 1 } });
		const bad = await call(importRoute.POST as Handler, {
			url: 'http://localhost/api/import?file=bad.yaml',
			raw: [
				'id: bad',
				'name: Bad',
				'derivedFrom: fixture',
				'posts:',
				'  - { id: ad-parking, reportsTo: nobody }'
			].join('\n'),
			type: 'application/yaml'
		});
		expect(bad.status).toBe(422);
		expect(bad.data.message).toBe('bad.yaml has 1 error; nothing was imported.');
		expect(bad.data.errors).toEqual([
			expect.objectContaining({
				file: 'bad.yaml',
				line: 5,
				message: expect.stringMatching(/nobody/)
			})
		]);
		const list = await call(structuresRoute.GET as Handler);
		expect(listing(list.data).map((l) => l.id)).not.toContain('bad');
	});

	it('GET export.yaml and export.csv download the structure', async () => {
		const yaml = await call(yamlRoute.GET as Handler, { params: { id: 'fixture' } });
		expect(yaml.status).toBe(200);
		expect(yaml.res.headers.get('content-disposition')).toBe(
			'attachment; filename="fixture-v1.yaml"'
		);
		expect(String(yaml.data)).toMatch(/^schemaVersion: 1\nid: fixture\n/);
		const csv = await call(csvRoute.GET as Handler, { params: { id: 'fixture' } });
		expect(csv.res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(String(csv.data).split('\r\n')[0]).toBe(
			'\ufeffid,title,grade,salary point,employer NI,pension,total,unit,reports to,status,funding split,start,end,statutory roles,provenance'
		);
		expect((await call(csvRoute.GET as Handler, { params: { id: 'nothing' } })).status).toBe(404);
	});
});
