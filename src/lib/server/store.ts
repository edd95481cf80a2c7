import { resolve } from 'node:path';
import type { Structure } from '../model';
import { openDatabase } from './database.ts';
import { seedBuiltIns } from './builtIns.ts';
import { createImport } from './importYaml.ts';
import { createListing, type SummaryCache } from './listing.ts';
import { createRecords } from './records.ts';
import { createSaves } from './saves.ts';
import type * as T from './storeTypes.ts';

export { DATABASE_FILE } from './database.ts';
export type * from './storeTypes.ts';

/**
 * The embedded database: every structure (built-in or scenario) and every version of it (opened,
 * checked and made durable in database.ts). The verbs live by what they do: the rows and shared
 * reads and writes (records.ts), the built-in models' sync (builtIns.ts), the library listing and
 * its summary cache (listing.ts), the saves (saves.ts) and YAML import (importYaml.ts).
 *
 * Versions are append-only (triggers refuse UPDATE and DELETE on them): nothing is ever lost.
 */

export type Store = ReturnType<typeof createStore>;

/** Open (creating and migrating when needed) a store. The app uses the module-level singleton below. */
export function createStore(options: T.StoreOptions = {}) {
	const dataDir = resolve(options.dataDir ?? process.env.DATA_DIR ?? './data');
	const db = openDatabase(dataDir);
	const records = createRecords(db);
	const warnings: string[] = [];
	if (options.seed !== false)
		seedBuiltIns(records, options.modelsDir ?? process.env.MODELS_DIR, warnings);
	const { saveScenario, saveVersion, restoreVersion } = createSaves(records);
	const summaries: SummaryCache = new Map();

	return {
		db,
		dataDir,
		/** Problems met while opening (a built-in model that failed to load). */
		warnings,
		listStructures: createListing(records, summaries),
		getStructure: records.read,
		saveScenario,
		saveVersion,
		history: records.history,
		restoreVersion,
		importYaml: createImport(records),
		/** The listing's summaries; an import made off the request thread primes it (saveImported). */
		summaries,
		close(): void {
			if (db.open) db.close();
		}
	};
}

let store: Store | undefined;

/** The app's store, opened on first use with DATA_DIR (default ./data). */
export function getStore(): Store {
	store ??= createStore();
	return store;
}

/** Close the app's store (tests; a later call opens it again, e.g. with a new DATA_DIR). */
export function closeStore(): void {
	store?.close();
	store = undefined;
}

export function listStructures(): T.StructureListing[] {
	return getStore().listStructures();
}

export function getStructure(id: string, version?: number): T.StoredStructure | undefined {
	return getStore().getStructure(id, version);
}

export function saveScenario(input: Parameters<Store['saveScenario']>[0]): T.SaveResult {
	return getStore().saveScenario(input);
}

export function saveVersion(
	id: string,
	structure: Structure,
	opts: Parameters<Store['saveVersion']>[2]
): T.SaveResult {
	return getStore().saveVersion(id, structure, opts);
}

export function history(id: string): T.VersionEntry[] | undefined {
	return getStore().history(id);
}

export function restoreVersion(
	id: string,
	version: number,
	opts?: { basedOnVersion?: number }
): T.SaveResult {
	return getStore().restoreVersion(id, version, opts);
}

export function importYaml(text: string, fileName: string): T.ImportResult {
	return getStore().importYaml(text, fileName);
}
