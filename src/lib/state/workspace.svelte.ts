import { getContext, setContext } from 'svelte';
import { freeze } from 'immer';
import type { Structure } from '$lib/model/types';
import { fromDocument, type StructureDocument } from '$lib/model/structureDocument';
import type { CheckResult, StructureSummary } from '$lib/analysis';
import { unitAggregates, type UnitAggregate } from '$lib/analysis/unitAggregates';
import { isLargeStructure } from '$lib/view/unitGraph';
import {
	layers,
	meetingLoad,
	runChecks,
	spanOfControl,
	structureAt,
	structureCost,
	summarise
} from '$lib/analysis';
import {
	applyEdit,
	applyEdits,
	canRedo,
	canUndo,
	changesSinceSaved,
	createHistory,
	isDirty,
	markSaved,
	record,
	redo,
	redoLabel,
	undo,
	undoLabel,
	type Edit,
	type History
} from '$lib/editing';

/** What an edit did, for the one status line the app shows. */
export type EditNotice =
	| { kind: 'done'; text: string }
	| { kind: 'refused'; text: string }
	| { kind: 'undone'; text: string }
	| { kind: 'redone'; text: string };

export type ApplyOutcome = { ok: true; createdId?: string } | { ok: false; error: string };

/** How forms and the graph hand an edit to the workspace. */
export type EditHandler = (edit: Edit | readonly Edit[]) => ApplyOutcome;

/**
 * The structure being looked at, its edit history, and its measures. The structure is never a deep
 * proxy: it is an immutable immer snapshot held raw inside the history, replaced whole by each
 * edit, undo or redo, and every measure is derived from it by the core, lazily, so a page pays
 * only for the measures it reads and an edit updates them all at once.
 */
export class Workspace {
	/** Undo/redo over immer patches; `history.present` is the structure on screen. */
	history: History = $state.raw() as History;
	/** The stored version the structure was loaded from (or last saved as). */
	version = $state(0);
	/** The newest stored version when this one was loaded or saved. */
	latestVersion = $state(0);
	builtIn = $state(false);
	/** The last edit's outcome: what changed, or why it was refused (nothing changed then). */
	notice = $state<EditNotice | undefined>();
	/**
	 * A large structure as the server sent it: its figures and units, while `structure` holds
	 * everything but its posts and links. Cleared once the whole structure is loaded (`loadWhole`).
	 */
	compact: CompactFigures | undefined = $state.raw();
	/** Loading the whole of a compact structure: under way, or why it failed. */
	wholeLoading = $state(false);
	wholeError = $state<string | undefined>();

	readonly structure: Structure = $derived(this.history.present);
	readonly canUndo = $derived(canUndo(this.history));
	readonly canRedo = $derived(canRedo(this.history));
	readonly undoLabel = $derived(undoLabel(this.history));
	readonly redoLabel = $derived(redoLabel(this.history));
	/** Edits not yet saved (undoing back to the saved state makes this false again). */
	readonly dirty = $derived(isDirty(this.history));
	/** The refusal message of the last edit, if it was refused. */
	readonly refusal = $derived(this.notice?.kind === 'refused' ? this.notice.text : undefined);

	/** The day being looked at (ISO date, from the address's ?at=), or undefined for the model as it is. */
	at = $state<string | undefined>();
	/** The whole structure is here (always, unless a large one was sent compact). */
	readonly complete = $derived(this.compact === undefined);
	/**
	 * The structure the pages show: as modelled, or the structure in force on `at` (interim posts
	 * as posts of their own). Edits and saves always work on `structure`, never on this view. A
	 * large structure sent compact is shown as modelled until its whole document is fetched.
	 */
	readonly shown: Structure = $derived(
		this.at === undefined || !this.complete ? this.structure : structureAt(this.structure, this.at)
	);
	/** Drawn as units that open on demand (a large establishment). */
	readonly large = $derived(this.compact !== undefined || isLargeStructure(this.structure));
	readonly units: Readonly<Record<string, UnitAggregate>> = $derived(
		this.compact ? this.compact.units : unitAggregates(this.shown)
	);
	readonly summary: StructureSummary = $derived(
		this.compact ? this.compact.summary : summarise(this.shown)
	);
	readonly spans = $derived(spanOfControl(this.shown));
	readonly layers = $derived(layers(this.shown));
	readonly checks: CheckResult[] = $derived(
		this.compact ? this.compact.checks : runChecks(this.shown)
	);
	readonly meetings = $derived(meetingLoad(this.shown));
	readonly cost = $derived(structureCost(this.shown));

	/** `apply` bound to this workspace, to hand to components as their `onedit`. */
	readonly edit: EditHandler = (e) => this.apply(e);

	constructor(
		structure: Structure,
		version = 0,
		builtIn = false,
		latestVersion = version,
		compact?: CompactFigures
	) {
		this.load(structure, version, builtIn, latestVersion, compact);
	}

	/**
	 * Replaces the structure and starts a fresh history: loading is not an edit, so it is never an
	 * undo step. A structure arriving as JSON is deep-frozen once here, so immer can skip the
	 * untouched records when it finalises an edit.
	 */
	load(
		structure: Structure,
		version = this.version,
		builtIn = this.builtIn,
		latestVersion = version,
		compact?: CompactFigures
	): void {
		this.history = createHistory(freeze(structure, true));
		this.version = version;
		this.latestVersion = Math.max(latestVersion, version);
		this.builtIn = builtIn;
		this.notice = undefined;
		this.compact = compact;
		this.wholeError = undefined;
	}

	/**
	 * Fetch the whole of a structure sent compact (its version as loaded), for editing or a page
	 * that lists every post. Resolves true once it is here.
	 */
	async loadWhole(fetcher: typeof fetch = fetch): Promise<boolean> {
		if (this.complete) return true;
		if (this.wholeLoading) return false;
		this.wholeLoading = true;
		this.wholeError = undefined;
		const { id } = this.structure;
		const version = this.version;
		try {
			const res = await fetcher(`/api/structures/${encodeURIComponent(id)}@${version}`);
			if (!res.ok) throw new Error(`the server answered ${res.status}`);
			const found = (await res.json()) as { structure: StructureDocument; version: number };
			// Another structure may have been opened meanwhile.
			if (this.structure.id !== id || this.version !== version) return false;
			this.load(fromDocument(found.structure), version, this.builtIn, this.latestVersion);
			return true;
		} catch (e) {
			this.wholeError = e instanceof Error ? e.message : String(e);
			return false;
		} finally {
			this.wholeLoading = false;
		}
	}

	/**
	 * Make an edit through the editing core (several edits from one form go in as one step). On
	 * success the structure (and every measure) changes and the edit is one undo step; on refusal
	 * nothing changes and the reason is returned (and shown). `coalesceKey` merges consecutive
	 * edits into one step.
	 */
	apply(edit: Edit | readonly Edit[], opts: { coalesceKey?: string } = {}): ApplyOutcome {
		// The structure on a day is a view of the model: an edit made on it (an interim post, a
		// meeting's stand-in members) would not say what it changes in the model itself.
		if (this.at !== undefined) {
			const error = 'Editing is off while a date is chosen: clear the date to edit the structure.';
			this.notice = { kind: 'refused', text: error };
			return { ok: false, error };
		}
		// A form may hand over arrays or objects from its own $state: snapshot them to plain data
		// so no proxy ever reaches immer or the history.
		if (!this.complete) {
			const text =
				'Only part of this establishment is loaded: choose “Edit the establishment” first.';
			this.notice = { kind: 'refused', text };
			return { ok: false, error: text };
		}
		const plain = $state.snapshot(edit) as Edit | Edit[];
		const r = Array.isArray(plain)
			? applyEdits(this.history.present, plain)
			: applyEdit(this.history.present, plain);
		if (!r.ok) {
			this.notice = { kind: 'refused', text: r.error };
			return { ok: false, error: r.error };
		}
		this.history = record(this.history, r, opts);
		this.notice = {
			kind: 'done',
			text: r.description || 'Nothing changed: the values were already as given.'
		};
		return r.createdId === undefined ? { ok: true } : { ok: true, createdId: r.createdId };
	}

	undo(): void {
		const label = this.undoLabel;
		if (!this.canUndo) return;
		this.history = undo(this.history);
		this.notice = { kind: 'undone', text: `Undone: ${label}` };
	}

	redo(): void {
		const label = this.redoLabel;
		if (!this.canRedo) return;
		this.history = redo(this.history);
		this.notice = { kind: 'redone', text: `Redone: ${label}` };
	}

	/** What changed since the last save, one sentence a change: the change log for a new version. */
	changeLog(): string[] {
		return changesSinceSaved(this.history);
	}

	/** The present was saved as `version`; undo history is kept (undoing past it makes it dirty). */
	saved(version: number): void {
		this.history = markSaved(this.history);
		this.version = version;
		this.latestVersion = Math.max(this.latestVersion, version);
	}

	dismissNotice(): void {
		this.notice = undefined;
	}
}

/** The figures a large structure's pages are sent instead of its posts (see largeStructure.ts). */
export interface CompactFigures {
	posts: number;
	summary: StructureSummary;
	checks: CheckResult[];
	units: Record<string, UnitAggregate>;
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
