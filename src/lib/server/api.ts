import { json } from '@sveltejs/kit';
import type { ModelError } from '../model/errors';
import type { Structure } from '../model/types';
import { checkShape } from '../model/document';
import { canSeePay, type Rights, type User } from './auth';
import { lookUpStructure, routeStructureRef } from './resolve';
import type { SaveResult, StoredStructure } from './store';

/**
 * Small helpers the API routes share, so each +server.ts stays thin: read and check input, call a
 * store verb, turn its result into a status code.
 */

/** A JSON error body: { message, errors? } with the status given. */
export function problem(status: number, message: string, errors?: ModelError[]): Response {
	return json(errors ? { message, errors } : { message }, { status });
}

/** The request body as a JSON object, or a 400/415 response saying what is wrong. */
export async function readJsonObject(
	request: Request
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.includes('application/json')) {
		return {
			ok: false,
			response: problem(415, 'Send the body as JSON (Content-Type: application/json).')
		};
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch (e) {
		return {
			ok: false,
			response: problem(400, `The body is not valid JSON: ${(e as Error).message}`)
		};
	}
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return { ok: false, response: problem(400, 'The body must be a JSON object.') };
	}
	return { ok: true, body: body as Record<string, unknown> };
}

/**
 * The structure an API route's [id] names (`id` or `id@N`; `?version=N` is still read), or the
 * 400/404 response saying why there is none.
 */
export function routeStructure(
	segment: string,
	url: URL,
	user: User | undefined
): { ok: true; found: StoredStructure; rights: Rights } | { ok: false; response: Response } {
	const named = routeStructureRef(segment, url);
	if (!named.ok) return { ok: false, response: problem(named.status, named.message) };
	const looked = lookUpStructure(named.ref, user);
	if (!looked.ok) return { ok: false, response: problem(looked.status, looked.message) };
	return { ok: true, found: looked.found, rights: looked.rights };
}

/** The refusal for someone who may read a structure but not change it. */
export function notYours(id: string): Response {
	return problem(
		403,
		`You may read “${id}” but not change it: ask its owner or an administrator to share it with you to edit.`
	);
}

/** The refusal to save for someone without the right to see pay: their copy has no pay to save. */
export function payWithheld(): Response {
	return problem(
		403,
		'Pay is masked for you, so the structure you have has no pay in it to save: ask an administrator for the right to see pay, or someone who has it to save the change.'
	);
}

/**
 * The opening of a route that posts a change to a structure: the structure [id] names, refused
 * (403) unless `mayChange` allows it (and, with `pay`, unless the person may see pay), then the
 * request's JSON object; or the response saying why not, in that order.
 */
export async function openChange(
	event: { params: { id: string }; request: Request; url: URL; locals: { user?: User } },
	mayChange: (named: { found: StoredStructure; rights: Rights }) => boolean,
	options: { pay?: boolean } = {}
): Promise<
	| { ok: true; found: StoredStructure; rights: Rights; body: Record<string, unknown> }
	| { ok: false; response: Response }
> {
	const { params, request, url, locals } = event;
	const named = routeStructure(params.id, url, locals.user);
	if (!named.ok) return named;
	if (!mayChange(named)) return { ok: false, response: notYours(params.id) };
	if (options.pay && !canSeePay(locals.user)) return { ok: false, response: payWithheld() };
	const read = await readJsonObject(request);
	if (!read.ok) return read;
	return { ok: true, found: named.found, rights: named.rights, body: read.body };
}

/** A positive whole version number from a query value or body field; null when absent. */
export function versionNumber(value: unknown): number | null | 'bad' {
	if (value === null || value === undefined || value === '') return null;
	const n = typeof value === 'number' ? value : Number(value);
	return Number.isInteger(n) && n >= 1 ? n : 'bad';
}

/**
 * Check a posted structure document's shape; the 422 response lists each located error. The save
 * verbs check the semantic rules (and answer 422 through saveResponse).
 */
export function checkPosted(
	value: unknown,
	file: string
): { ok: true; structure: Structure } | { ok: false; response: Response } {
	if (value === undefined)
		return { ok: false, response: problem(400, 'Send the structure under "structure".') };
	const checked = checkShape(value, file);
	if (!checked.ok) {
		return {
			ok: false,
			response: problem(
				422,
				`The structure has ${checked.errors.length} error${checked.errors.length === 1 ? '' : 's'}; nothing was saved.`,
				checked.errors
			)
		};
	}
	return { ok: true, structure: checked.structure };
}

/** A change log from the body: a list of sentences (a single string is taken as one). */
export function changeLogOf(value: unknown): string[] | 'bad' {
	if (value === undefined || value === null) return [];
	if (typeof value === 'string') return value ? [value] : [];
	if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value as string[];
	return 'bad';
}

const STATUS: Record<Exclude<SaveResult, { ok: true }>['reason'], number> = {
	conflict: 409,
	invalid: 422,
	'not-found': 404,
	'read-only': 403
};

/** A store save result as a response: 201 for a new version, 200 when nothing changed. */
export function saveResponse(r: SaveResult): Response {
	if (r.ok) return json(r, { status: r.unchanged ? 200 : 201 });
	return json(r, { status: STATUS[r.reason] });
}
