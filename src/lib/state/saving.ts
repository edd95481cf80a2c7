import type { ModelError } from '$lib/model/errors';
import type { Structure } from '$lib/model/types';
import { fromDocument, toDocument, type StructureDocument } from '$lib/model/structureDocument';

/**
 * Saving from the browser through the JSON API. Each call says plainly what happened, so the save
 * controls only have to show it: saved (with the new id and version), a conflict (someone saved
 * since this version was opened), or a refusal with the server's message and located errors.
 */
export type SaveOutcome =
	| { kind: 'saved'; id: string; version: number; unchanged: boolean }
	| { kind: 'conflict'; latestVersion: number; openedVersion: number; message: string }
	| { kind: 'refused'; message: string; errors: ModelError[] };

type Fetch = typeof fetch;

/** The conflict in the words the app uses everywhere. */
export function conflictMessage(latestVersion: number, openedVersion: number): string {
	return `Someone saved version ${latestVersion} since you opened version ${openedVersion}.`;
}

async function post(
	f: Fetch,
	url: string,
	body: unknown
): Promise<{ status: number; json: Record<string, unknown> }> {
	let res: Response;
	try {
		res = await f(url, {
			method: 'POST',
			// Ask for JSON, so a failure (a full disk, say) comes back as words, not an error page.
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
	} catch (e) {
		return {
			status: 0,
			json: {
				message: `The server could not be reached (${(e as Error).message}); nothing was saved. Try again.`
			}
		};
	}
	let json: Record<string, unknown>;
	try {
		json = (await res.json()) as Record<string, unknown>;
	} catch {
		json = {
			message: `The server answered ${res.status} without a readable reply; nothing was saved.`
		};
	}
	return { status: res.status, json };
}

function refusal(json: Record<string, unknown>, fallback: string): SaveOutcome {
	return {
		kind: 'refused',
		message: typeof json.message === 'string' ? json.message : fallback,
		errors: Array.isArray(json.errors) ? (json.errors as ModelError[]) : []
	};
}

/** A new version of a saved scenario, based on the version the editor opened. */
export async function saveNewVersion(
	f: Fetch,
	input: { id: string; structure: Structure; basedOnVersion: number; changeLog: string[] }
): Promise<SaveOutcome> {
	const { status, json } = await post(
		f,
		`/api/structures/${encodeURIComponent(input.id)}/versions`,
		{
			structure: toDocument(input.structure),
			basedOnVersion: input.basedOnVersion,
			changeLog: input.changeLog
		}
	);
	if (status === 200 || status === 201) {
		return {
			kind: 'saved',
			id: String(json.id),
			version: Number(json.version),
			unchanged: json.unchanged === true
		};
	}
	if (status === 409) {
		const latest = Number(json.latestVersion);
		return {
			kind: 'conflict',
			latestVersion: latest,
			openedVersion: input.basedOnVersion,
			message: conflictMessage(latest, input.basedOnVersion)
		};
	}
	return refusal(json, `The save was refused (${status}); nothing was saved.`);
}

/** A new named scenario derived from the structure being edited (its id comes from the name). */
export async function saveAsScenario(
	f: Fetch,
	input: {
		name: string;
		structure: Structure;
		derivedFrom: string;
		baseVersion: number;
		changeLog: string[];
	}
): Promise<SaveOutcome> {
	const { status, json } = await post(f, '/api/structures', {
		...input,
		structure: toDocument(input.structure)
	});
	if (status === 200 || status === 201) {
		return {
			kind: 'saved',
			id: String(json.id),
			version: Number(json.version),
			unchanged: false
		};
	}
	return refusal(json, `The scenario was not saved (${status}).`);
}

/** The latest stored version of a structure, to reload after a conflict. */
export async function fetchLatest(
	f: Fetch,
	id: string
): Promise<{ structure: Structure; version: number; builtIn: boolean; latestVersion: number }> {
	const res = await f(`/api/structures/${encodeURIComponent(id)}`);
	if (!res.ok) throw new Error(`The latest version could not be loaded (${res.status}).`);
	const body = (await res.json()) as {
		structure: StructureDocument;
		version: number;
		builtIn: boolean;
		latestVersion: number;
	};
	return { ...body, structure: fromDocument(body.structure) };
}
