import type { ModelError, Structure } from '../model';
import type { StructureSummary } from '../analysis';

/** What the store's verbs take and give back (store.ts re-exports these). */

export interface StructureListing {
	id: string;
	name: string;
	date: string;
	derivedFrom?: string;
	builtIn: boolean;
	latestVersion: number;
	/** When the latest version was saved (ISO date-time). */
	updatedAt: string;
	summary: StructureSummary;
}

export interface StoredStructure {
	structure: Structure;
	version: number;
	builtIn: boolean;
	latestVersion: number;
	/** When this version was saved (ISO date-time). */
	createdAt: string;
	/** The version of `structure.derivedFrom` this scenario was first derived from. */
	derivedFromVersion?: number;
}

export interface VersionEntry {
	version: number;
	basedOnVersion?: number;
	createdAt: string;
	/** What changed, in words, one sentence an entry. */
	changeLog: string[];
	note?: string;
}

export type SaveResult =
	| {
			ok: true;
			id: string;
			version: number;
			/** Nothing differed from the latest version, so no version was added. */
			unchanged?: boolean;
			/** The target was built-in (read-only), so the edits were saved as a new scenario. */
			scenarioCreated?: boolean;
	  }
	| { ok: false; reason: 'conflict'; latestVersion: number; message: string }
	| { ok: false; reason: 'invalid'; errors: ModelError[]; message: string }
	| { ok: false; reason: 'not-found'; message: string }
	| { ok: false; reason: 'read-only'; message: string };

export type ImportResult =
	| { ok: true; id: string; version: number; name: string; renamedFrom?: string }
	| { ok: false; errors: ModelError[] };

export interface StoreOptions {
	/** Folder for council-design.sqlite; created when missing. Default: DATA_DIR or ./data. */
	dataDir?: string;
	/** Folder of built-in model files. Default: MODELS_DIR or the loader's default (<repo>/models). */
	modelsDir?: string;
	/** Load built-in models into the database on open (default true). */
	seed?: boolean;
}
