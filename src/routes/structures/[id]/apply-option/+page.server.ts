import { error, fail, redirect } from '@sveltejs/kit';
import { canCreateStructures, canSeePay } from '$lib/server/auth';
import { applyOption, optionChoices } from '$lib/server/applyOption';
import { lookUpKept } from '$lib/server/largeStructure';
import { summariseLargeOffThread } from '$lib/server/listingSummaries';
import { routeStructureRef } from '$lib/server/resolve';
import { noteSaved, noteView } from '$lib/server/stewardship';
import { structurePath } from '$lib/state/paths';
import type { PlanChoice, SeniorOptionPlan } from '$lib/establishment/seniorOptionPlan';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * Apply a senior option to an establishment: the page shows the mapping the option suggests and
 * the council-wide effect, worked out from the address (?option=…&layers=…&map.<post>=…), so a
 * choice is a link; saving posts the same fields. Rights as every structure page: the
 * establishment (and the option) must be readable by this person, or there is no such structure.
 */

const DEFAULT_LAYERS = 2;

function establishmentOf(event: Pick<RequestEvent, 'params' | 'url' | 'locals'>) {
	const named = routeStructureRef(event.params.id, event.url);
	if (!named.ok) error(named.status, named.message);
	const looked = lookUpKept(named.ref, event.locals.user);
	if (!looked.ok) error(looked.status, looked.message);
	return { found: looked.found, versionParam: named.ref.version };
}

/** The choices, from the address or the posted form (the same field names). */
function choiceOf(fields: URLSearchParams | FormData): { option: string } & PlanChoice {
	const moveTo: Record<string, string> = {};
	for (const [key, value] of fields.entries())
		if (key.startsWith('map.') && typeof value === 'string' && value !== '')
			moveTo[key.slice('map.'.length)] = value;
	const layers = String(fields.get('layers') ?? '');
	return {
		option: String(fields.get('option') ?? ''),
		layers: layers === '' ? DEFAULT_LAYERS : Number(layers),
		moveTo
	};
}

export const load: PageServerLoad = async (event) => {
	const { url, locals } = event;
	const { found, versionParam } = establishmentOf(event);
	noteView(event, found.structure.id, found.version);
	await summariseLargeOffThread();
	const chosen = choiceOf(url.searchParams);
	const outcome = chosen.option
		? await applyOption(found, chosen.option, chosen, locals.user)
		: undefined;
	return {
		establishment: {
			id: found.structure.id,
			name: found.structure.name,
			version: found.version,
			latestVersion: found.latestVersion,
			versionParam
		},
		options: optionChoices(locals.user, found.structure.id),
		chosen,
		plan: outcome?.plan,
		problems: outcome && !outcome.ok ? outcome.problems : [],
		name: url.searchParams.get('name') ?? '',
		canSave: canCreateStructures(locals.user) && canSeePay(locals.user)
	};
};

export const actions: Actions = {
	/** Save the option applied as a new structure derived from the establishment, then open it. */
	save: async (event) => {
		const { request, locals } = event;
		const { found } = establishmentOf(event);
		const form = await request.formData();
		const chosen = choiceOf(form);
		const name = String(form.get('name') ?? '');
		const refuse = (
			status: number,
			problems: { field: string; message: string }[],
			plan?: SeniorOptionPlan
		) => fail(status, { problems, plan, chosen, name });
		if (!canCreateStructures(locals.user) || !canSeePay(locals.user))
			return refuse(403, [
				{
					field: 'name',
					message:
						'Only editors and administrators who may see pay save structures: ask an administrator.'
				}
			]);
		if (!chosen.option)
			return refuse(400, [{ field: 'option', message: 'Choose the senior option to apply.' }]);
		const r = await applyOption(found, chosen.option, chosen, locals.user, { name });
		if (!r.ok) return refuse(422, r.problems, r.plan);
		// A save always comes back saved or refused; `saved` is only absent when none was asked for.
		const saved = r.saved!;
		noteSaved(event, 'save', { ok: true, id: saved.id, version: saved.version }, true);
		redirect(303, structurePath(saved.id));
	}
};
