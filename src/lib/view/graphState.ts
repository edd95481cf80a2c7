import type { AnyLinkType } from '../model/types.ts';
import { parseLinkTypes } from './linkStyles.ts';

/** What the graph view shows, kept in the URL so it can be shared and back/forward work. */
export interface GraphState {
	/** The selected node. */
	post?: string;
	/** Link types switched off. */
	hide: AnyLinkType[];
}

/** Reads ?post=…&hide=a,b; anything unknown falls back to the default. */
export function readGraphState(params: URLSearchParams): GraphState {
	return {
		post: params.get('post') || undefined,
		hide: parseLinkTypes(params.get('hide'))
	};
}

/** The query string for a graph state, keeping any other parameters (such as version). */
export function writeGraphState(params: URLSearchParams, state: GraphState): URLSearchParams {
	const next = new URLSearchParams(params);
	const set = (key: string, value: string | undefined) =>
		value ? next.set(key, value) : next.delete(key);
	set('post', state.post);
	set('hide', state.hide.join(','));
	return next;
}
