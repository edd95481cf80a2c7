import { getContext, setContext } from 'svelte';
import type { Structure } from '$lib/model/types';
import {
	layers,
	meetingLoad,
	runChecks,
	spanOfControl,
	structureCost,
	summarise
} from '$lib/analysis';

/**
 * The structure being looked at, and its measures. The structure is held raw (never a deep proxy):
 * it is an immutable snapshot, replaced whole when it changes, and every measure is derived from it
 * by the core, lazily, so a page pays only for the measures it reads and an edit updates them all.
 */
export class Workspace {
	structure: Structure = $state.raw() as Structure;
	/** The stored version the structure was loaded from. */
	version = $state(0);
	builtIn = $state(false);

	readonly summary = $derived(summarise(this.structure));
	readonly spans = $derived(spanOfControl(this.structure));
	readonly layers = $derived(layers(this.structure));
	readonly checks = $derived(runChecks(this.structure));
	readonly meetings = $derived(meetingLoad(this.structure));
	readonly cost = $derived(structureCost(this.structure));

	constructor(structure: Structure, version = 0, builtIn = false) {
		this.load(structure, version, builtIn);
	}

	/** Replaces the structure (loading is not an edit, so it is never an undo step). */
	load(structure: Structure, version = this.version, builtIn = this.builtIn): void {
		this.structure = structure;
		this.version = version;
		this.builtIn = builtIn;
	}
}

const KEY = Symbol('workspace');

/** Makes the workspace available to every page under a structure's layout. */
export function setWorkspace(workspace: Workspace): Workspace {
	return setContext(KEY, workspace);
}

/** The workspace of the structure being viewed; only under /structures/[id]. */
export function getWorkspace(): Workspace {
	const workspace = getContext<Workspace | undefined>(KEY);
	if (!workspace) throw new Error('getWorkspace() is only available under /structures/[id]');
	return workspace;
}
