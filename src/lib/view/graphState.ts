import { LINE_MANAGEMENT, type AnyLinkType } from '../model/types.ts';
import { ALL_LINK_TYPES, parseLinkTypes } from './linkStyles.ts';

/** What the graph view shows, kept in the URL so it can be shared and back/forward work. */
export interface GraphState {
	/** The selected node. */
	post?: string;
	/** Link types drawn (in the order of ALL_LINK_TYPES); the selected post's links are drawn whatever their type. */
	links: AnyLinkType[];
	/** The links as a table (posts × link types) instead of the picture. */
	table?: boolean;
}

/** Line management only: the other links are drawn on request, or for the selected post. */
export const DEFAULT_LINKS: readonly AnyLinkType[] = [LINE_MANAGEMENT];

/** Written in the URL for "no link type drawn", which an empty value could not say. */
const NONE = 'none';

/**
 * Reads ?post=…&links=a,b&view=table; anything unknown falls back to the default. An older
 * address's ?hide=a,b (every type drawn but those) is still understood.
 */
export function readGraphState(params: URLSearchParams): GraphState {
	const links = params.get('links');
	const hide = params.get('hide');
	const shown =
		links !== null && links !== ''
			? parseLinkTypes(links)
			: hide !== null
				? ALL_LINK_TYPES.filter((t) => !parseLinkTypes(hide).includes(t))
				: [...DEFAULT_LINKS];
	const state: GraphState = { post: params.get('post') || undefined, links: ordered(shown) };
	if (params.get('view') === 'table') state.table = true;
	return state;
}

/** The query string for a graph state, keeping any other parameters (such as version). */
export function writeGraphState(params: URLSearchParams, state: GraphState): URLSearchParams {
	const next = new URLSearchParams(params);
	const set = (key: string, value: string | undefined) =>
		value ? next.set(key, value) : next.delete(key);
	const links = ordered(state.links);
	const isDefault =
		links.length === DEFAULT_LINKS.length && links.every((t, i) => t === DEFAULT_LINKS[i]);
	set('post', state.post);
	next.delete('hide');
	set('links', isDefault ? undefined : links.length ? links.join(',') : NONE);
	set('view', state.table ? 'table' : undefined);
	return next;
}

/** The state with one link type switched on or off. */
export function toggleLinkType(state: GraphState, type: AnyLinkType, on: boolean): GraphState {
	const links = on ? [...state.links, type] : state.links.filter((t) => t !== type);
	return { ...state, links: ordered(links) };
}

function ordered(types: readonly AnyLinkType[]): AnyLinkType[] {
	return ALL_LINK_TYPES.filter((t) => types.includes(t));
}
