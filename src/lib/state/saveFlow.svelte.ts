import { goto } from '$app/navigation';
import { page } from '$app/state';
import { structurePath } from './paths';
import { structureTabOf, type StructureTab } from '$lib/view/links';
import { fetchLatest, saveAsScenario, saveNewVersion, type SaveOutcome } from './saving';
import type { Workspace } from './workspace.svelte';

/** Why Save as scenario is not offered before an edit. */
export const NOTHING_CHANGED =
	'Make a change first: a scenario with no changes would be the same as this structure.';

/**
 * Saving the workspace: Save (a new version of a scenario, based on the version opened), Save as
 * scenario (a new named structure, then open it), and the way out of a conflict (reload the
 * latest, or save as a scenario). Nothing is ever overwritten: the server refuses a save based on
 * an old version, and this says so. The toolbar's buttons and the panel under the tabs share it.
 */
export class SaveFlow {
	/** The "Save as scenario" name form is open. */
	naming = $state(false);
	name = $state('');
	busy = $state(false);
	conflict = $state<{ latestVersion: number; openedVersion: number; message: string }>();
	problem = $state<string>();
	done = $state<string>();

	readonly ws: Workspace;

	constructor(ws: Workspace) {
		this.ws = ws;
	}

	/** Save adds a version only to a scenario at its latest version; otherwise it makes a scenario. */
	get savesVersion(): boolean {
		return !this.ws.builtIn && this.ws.version >= this.ws.latestVersion;
	}

	startNaming(): void {
		this.problem = undefined;
		this.done = undefined;
		// With no changes a scenario would be an empty copy of this one (the server refuses it too).
		if (!this.ws.dirty) {
			this.problem = NOTHING_CHANGED;
			return;
		}
		this.naming = true;
		this.name ||= `${this.ws.structure.name} (scenario)`;
	}

	cancelNaming(): void {
		this.naming = false;
	}

	async save(): Promise<void> {
		if (!this.savesVersion) return this.startNaming();
		const ws = this.ws;
		await this.run(async () => {
			await this.whole();
			const outcome = await saveNewVersion(fetch, {
				id: ws.structure.id,
				structure: ws.structure,
				basedOnVersion: ws.version,
				changeLog: ws.changeLog()
			});
			if (!this.show(outcome) || outcome.kind !== 'saved') return;
			ws.saved(outcome.version);
			this.done = outcome.unchanged
				? `Nothing to save: this is the same as version ${outcome.version}.`
				: `Saved as version ${outcome.version}.`;
			// Drop any pinned version (id@N: this is now the latest) and refresh the page's data.
			await goto(structurePath(ws.structure.id, currentTab(), page.url.searchParams), {
				invalidateAll: true,
				keepFocus: true,
				noScroll: true,
				replaceState: true
			});
		});
	}

	async saveScenario(): Promise<void> {
		const ws = this.ws;
		if (!ws.dirty) {
			this.naming = false;
			this.problem = NOTHING_CHANGED;
			return;
		}
		await this.run(async () => {
			await this.whole();
			const tab = currentTab();
			const outcome = await saveAsScenario(fetch, {
				name: this.name,
				structure: ws.structure,
				derivedFrom: ws.structure.id,
				baseVersion: ws.version,
				changeLog: ws.changeLog()
			});
			if (!this.show(outcome) || outcome.kind !== 'saved') return;
			// The edits now live in the new scenario: leaving this structure loses nothing.
			ws.saved(ws.version);
			this.naming = false;
			this.conflict = undefined;
			this.name = '';
			await goto(structurePath(outcome.id, tab));
			this.done = `Saved as a new scenario, version 1.`;
		});
	}

	/** After a conflict: load the latest version over the unsaved edits, once the user agrees. */
	async reloadLatest(confirmed: (message: string) => boolean): Promise<void> {
		const conflict = this.conflict;
		if (!conflict) return;
		const latest = conflict.latestVersion;
		if (
			!confirmed(
				`Load version ${latest} and discard your unsaved changes? They cannot be recovered afterwards.`
			)
		) {
			return;
		}
		const ws = this.ws;
		await this.run(async () => {
			const found = await fetchLatest(fetch, ws.structure.id);
			ws.load(found.structure, found.version, found.builtIn, found.latestVersion);
			this.conflict = undefined;
			this.done = `Loaded version ${found.version}.`;
			await goto(structurePath(ws.structure.id, currentTab(), page.url.searchParams), {
				invalidateAll: true,
				keepFocus: true,
				noScroll: true
			});
		});
	}

	/** A large structure shown compact is loaded whole before it is saved, never saved as a shell. */
	private async whole(): Promise<void> {
		if (this.ws.complete || (await this.ws.loadWhole())) return;
		throw new Error(
			`The establishment could not be loaded to save it: ${this.ws.wholeError ?? 'try again'}.`
		);
	}

	private async run(task: () => Promise<void>): Promise<void> {
		this.problem = undefined;
		this.done = undefined;
		this.busy = true;
		try {
			await task();
		} catch (e) {
			this.problem = (e as Error).message;
		} finally {
			this.busy = false;
		}
	}

	private show(outcome: SaveOutcome): boolean {
		if (outcome.kind === 'conflict') {
			this.conflict = outcome;
			return false;
		}
		if (outcome.kind === 'refused') {
			const first = outcome.errors[0];
			this.problem = first
				? `${outcome.message} (${first.field}: ${first.message})`
				: outcome.message;
			return false;
		}
		return true;
	}
}

function currentTab(): StructureTab {
	return structureTabOf(page.url.pathname);
}
