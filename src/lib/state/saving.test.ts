import { describe, expect, it } from 'vitest';
import { toDocument } from '$lib/model/structureDocument';
import type { Structure } from '$lib/model/types';
import { post } from '$lib/testing/structure';
import { conflictMessage, saveAsScenario, saveNewVersion } from './saving';

function fakeFetch(status: number, body: unknown, seen: { url?: string; body?: unknown } = {}) {
	return (async (url: string, init?: RequestInit) => {
		seen.url = url;
		seen.body = init?.body ? JSON.parse(String(init.body)) : undefined;
		return new Response(JSON.stringify(body), {
			status,
			headers: { 'content-type': 'application/json' }
		});
	}) as typeof fetch;
}

/** Enough of a structure to check what is posted: its posts (a Map) go as JSON's object. */
const structure = {
	id: 'my-option',
	name: 'My option',
	posts: new Map([['ceo', post('ceo', 'Chief Executive')]])
} as unknown as Structure;

describe('saving', () => {
	it('conflictMessage names the version saved since and the one opened', () => {
		expect(conflictMessage(3, 2)).toBe('Someone saved version 3 since you opened version 2.');
	});

	it('saveNewVersion posts the structure, the version it was based on and the change log', async () => {
		const seen: { url?: string; body?: unknown } = {};
		const r = await saveNewVersion(
			fakeFetch(201, { ok: true, id: 'my-option', version: 3 }, seen),
			{
				id: 'my-option',
				structure,
				basedOnVersion: 2,
				changeLog: ['Parking moved from Neighbourhoods to City Operations']
			}
		);
		expect(seen.url).toBe('/api/structures/my-option/versions');
		expect(seen.body).toEqual({
			structure: toDocument(structure),
			basedOnVersion: 2,
			changeLog: ['Parking moved from Neighbourhoods to City Operations']
		});
		expect(r).toEqual({ kind: 'saved', id: 'my-option', version: 3, unchanged: false });
	});

	it('saveNewVersion turns a 409 into a conflict saying which versions', async () => {
		const r = await saveNewVersion(
			fakeFetch(409, { ok: false, reason: 'conflict', latestVersion: 4, message: 'x' }),
			{ id: 'my-option', structure, basedOnVersion: 2, changeLog: [] }
		);
		expect(r).toEqual({
			kind: 'conflict',
			latestVersion: 4,
			openedVersion: 2,
			message: 'Someone saved version 4 since you opened version 2.'
		});
	});

	it('saveAsScenario passes on the server’s refusal and its located errors', async () => {
		const errors = [{ file: 'x', field: 'name', message: 'give the scenario a name' }];
		const r = await saveAsScenario(
			fakeFetch(422, { message: 'The structure has 1 error', errors }),
			{
				name: ' ',
				structure,
				derivedFrom: 'core-delivery-2021',
				baseVersion: 1,
				changeLog: []
			}
		);
		expect(r).toEqual({ kind: 'refused', message: 'The structure has 1 error', errors });
	});
});
