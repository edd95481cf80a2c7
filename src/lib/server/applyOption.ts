/**
 * A senior option laid over an establishment, for the apply-option page: the plan (the mapping and
 * the council-wide figures before and after) and the save, both worked out on a worker thread
 * (workers/tasks.ts, applySeniorOption), since both apply the option to every post and measure
 * the result. This side finds the two structures as the person may read them and stores what the
 * worker hands back, in one transaction: never half a save.
 */
import type { PlanChoice, SeniorOptionPlan } from '../establishment/seniorOptionPlan.ts';
import { LARGE_STRUCTURE_POSTS } from '../view/unitGraph.ts';
import type { User } from './auth';
import { saveImported, structureIds } from './preparedImports.ts';
import { scenarioSlug } from './records.ts';
import { lookUpStructure, visibleStructures } from './resolve.ts';
import type { StoredStructure } from './storeTypes.ts';
import { runTask } from './workers/pool.ts';
import { structureToJson } from '../model/structureDocument.ts';

/** A structure that can be laid over an establishment: a senior structure, not another establishment. */
export interface OptionChoice {
	id: string;
	name: string;
	builtIn: boolean;
	posts: number;
	ceoSpan: number;
	ceoSpanWithOffice: number;
}

export function optionChoices(user: User | undefined, establishmentId: string): OptionChoice[] {
	return visibleStructures(user)
		.filter((s) => s.id !== establishmentId && s.summary.posts <= LARGE_STRUCTURE_POSTS)
		.map((s) => ({
			id: s.id,
			name: s.name,
			builtIn: s.builtIn,
			posts: s.summary.posts,
			ceoSpan: s.summary.ceoSpan,
			ceoSpanWithOffice: s.summary.ceoSpanWithOffice
		}));
}

// A version never changes once saved, so its JSON text is kept for the next change of mapping
// (an 11,000-post establishment is 2–3 MB of it).
const KEPT = 4;
const texts = new Map<string, string>();

function jsonOf(found: StoredStructure): string {
	const key = `${found.structure.id}@${found.version}`;
	let json = texts.get(key);
	if (json === undefined) {
		json = structureToJson(found.structure);
		texts.set(key, json);
		while (texts.size > KEPT) texts.delete(texts.keys().next().value!);
	}
	return json;
}

export type PlanOutcome =
	| { ok: true; plan: SeniorOptionPlan; saved?: { id: string; version: number; name: string } }
	| { ok: false; plan?: SeniorOptionPlan; problems: { field: string; message: string }[] };

/**
 * The plan for laying `optionRef` over the establishment with the user's choices; with `save`, the
 * result stored as a new structure derived from the establishment (at the version shown).
 */
export async function applyOption(
	establishment: StoredStructure,
	optionRef: string,
	choice: PlanChoice,
	user: User | undefined,
	save?: { name: string }
): Promise<PlanOutcome> {
	const option = lookUpStructure(optionRef, user);
	if (!option.ok) return { ok: false, problems: [{ field: 'option', message: option.message }] };
	// A name left empty is the one the page offers (and the command line gives).
	const name = save
		? save.name.trim() ||
			`${option.found.structure.name}, applied to ${establishment.structure.name}`
		: undefined;
	const r = await runTask('applySeniorOption', {
		establishment: { json: jsonOf(establishment), version: establishment.version },
		option: { json: jsonOf(option.found), version: option.found.version },
		choice,
		...(name ? { save: { id: scenarioSlug(name), name, takenIds: structureIds() } } : {})
	});
	if (!r.ok) return { ok: false, plan: r.plan, problems: r.plan.problems };
	if (!r.built) return { ok: true, plan: r.plan };
	const o = option.found.structure;
	const stored = saveImported(r.built, {
		fileName: '',
		note: `Senior tiers from ${o.id}@${option.found.version}, laid over ${establishment.structure.id}@${establishment.version}`,
		derivedFromVersion: establishment.version
	});
	if (!stored.ok)
		return { ok: false, plan: r.plan, problems: [{ field: 'name', message: stored.message }] };
	return {
		ok: true,
		plan: r.plan,
		saved: { id: stored.id, version: stored.version, name: stored.name }
	};
}
