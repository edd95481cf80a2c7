import { freeze } from 'immer';
import { resolve } from 'node:path';
import {
	loadBuiltInModels,
	parseStructureYaml,
	validateStructure,
	type ModelError,
	type Structure
} from '../model';
import { describeDiff, diffStructures, summarise, type StructureSummary } from '../analysis';
import { documentHash } from './migrations.ts';
import { openDatabase } from './database.ts';

export { DATABASE_FILE } from './database.ts';

/**
 * The embedded database: every structure (built-in or scenario) and every version of it (opened,
 * checked and made durable in database.ts).
 *
 * Versions are append-only (triggers refuse UPDATE and DELETE on them): nothing is ever lost.
 */

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

interface StructureRow {
	id: string;
	name: string;
	built_in: number;
	derived_from: string | null;
	derived_from_version: number | null;
	created_at: string;
}
interface VersionRow {
	structure_id: string;
	version: number;
	based_on_version: number | null;
	created_at: string;
	document: string;
	change_log: string;
	note: string | null;
	document_hash: string;
}

function nowIso(): string {
	return new Date().toISOString();
}

function slug(text: string): string {
	const s = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return s || 'scenario';
}

function invalid(errors: ModelError[]): SaveResult {
	const first = errors[0];
	return {
		ok: false,
		reason: 'invalid',
		errors,
		message: `The structure has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was saved. First: ${first.field}: ${first.message}`
	};
}

function changeBetween(before: Structure, after: Structure): string[] {
	try {
		return describeDiff(diffStructures(before, after));
	} catch (e) {
		// A change log is a courtesy; never refuse a save because describing it failed.
		return [`(could not describe the change: ${(e as Error).message})`];
	}
}

export type Store = ReturnType<typeof createStore>;

/** Open (creating and migrating when needed) a store. The app uses the module-level singleton below. */
export function createStore(options: StoreOptions = {}) {
	const dataDir = resolve(options.dataDir ?? process.env.DATA_DIR ?? './data');
	const db = openDatabase(dataDir);

	const q = {
		structure: db.prepare<[string], StructureRow>('SELECT * FROM structures WHERE id = ?'),
		allStructures: db.prepare<[], StructureRow & { latest: number; updated_at: string }>(
			`SELECT s.*, v.version AS latest, v.created_at AS updated_at
			 FROM structures s JOIN versions v ON v.structure_id = s.id
			 WHERE v.version = (SELECT MAX(version) FROM versions WHERE structure_id = s.id)`
		),
		latestVersion: db.prepare<[string], { latest: number | null }>(
			'SELECT MAX(version) AS latest FROM versions WHERE structure_id = ?'
		),
		version: db.prepare<[string, number], VersionRow>(
			'SELECT * FROM versions WHERE structure_id = ? AND version = ?'
		),
		history: db.prepare<[string], Omit<VersionRow, 'document'>>(
			`SELECT structure_id, version, based_on_version, created_at, change_log, note, document_hash
			 FROM versions WHERE structure_id = ? ORDER BY version`
		),
		insertStructure: db.prepare(
			`INSERT INTO structures (id, name, built_in, derived_from, derived_from_version, created_at)
			 VALUES (@id, @name, @builtIn, @derivedFrom, @derivedFromVersion, @createdAt)`
		),
		updateStructure: db.prepare(
			'UPDATE structures SET name = @name, derived_from = @derivedFrom WHERE id = @id'
		),
		insertVersion: db.prepare(
			`INSERT INTO versions (structure_id, version, based_on_version, created_at, document, change_log, note, document_hash)
			 VALUES (@id, @version, @basedOn, @createdAt, @document, @changeLog, @note, @hash)`
		)
	};

	/**
	 * Summaries are computed when first listed and kept for the latest version of each structure
	 * (versions never change, so a summary never goes stale; code changes restart the process).
	 */
	const summaries = new Map<string, { version: number; summary: StructureSummary }>();
	const warnings: string[] = [];

	function latest(id: string): number | undefined {
		return q.latestVersion.get(id)?.latest ?? undefined;
	}

	function read(id: string, version?: number): StoredStructure | undefined {
		const s = q.structure.get(id);
		if (!s) return undefined;
		const newest = latest(id);
		if (newest === undefined) return undefined;
		const row = q.version.get(id, version ?? newest);
		if (!row) return undefined;
		return {
			structure: freeze(JSON.parse(row.document) as Structure, true),
			version: row.version,
			builtIn: s.built_in === 1,
			latestVersion: newest,
			createdAt: row.created_at,
			derivedFromVersion: s.derived_from_version ?? undefined
		};
	}

	function appendVersion(
		id: string,
		version: number,
		structure: Structure,
		opts: { basedOn?: number; changeLog?: string[]; note?: string; json?: string; hash?: string }
	): void {
		const json = opts.json ?? JSON.stringify(structure);
		q.insertVersion.run({
			id,
			version,
			basedOn: opts.basedOn ?? null,
			createdAt: nowIso(),
			document: json,
			changeLog: JSON.stringify(opts.changeLog ?? []),
			note: opts.note ?? null,
			hash: opts.hash ?? documentHash(structure)
		});
	}

	function uniqueId(wanted: string): string {
		const base = slug(wanted);
		let id = base;
		for (let n = 2; q.structure.get(id); n++) id = `${base}-${n}`;
		return id;
	}

	/** Insert a new non-built-in structure at version 1; call inside a transaction. */
	function insertScenario(
		structure: Structure,
		opts: { changeLog?: string[]; note?: string; derivedFromVersion?: number }
	): { id: string; version: number } {
		const base = structure.derivedFrom ? q.structure.get(structure.derivedFrom) : undefined;
		q.insertStructure.run({
			id: structure.id,
			name: structure.name,
			builtIn: 0,
			derivedFrom: structure.derivedFrom ?? null,
			derivedFromVersion: base ? (opts.derivedFromVersion ?? latest(base.id) ?? null) : null,
			createdAt: nowIso()
		});
		appendVersion(structure.id, 1, structure, opts);
		return { id: structure.id, version: 1 };
	}

	/**
	 * Bring built-in models into the database: new files are added; a file whose content changed
	 * becomes a new version of its structure (the old versions stay, and scenarios keep pointing at
	 * the version they were derived from); a model file removed from models/ is kept.
	 */
	function syncBuiltIns(structures: Structure[]): void {
		db.transaction(() => {
			for (const s of structures) {
				const json = JSON.stringify(s);
				const existing = q.structure.get(s.id);
				if (!existing) {
					q.insertStructure.run({
						id: s.id,
						name: s.name,
						builtIn: 1,
						derivedFrom: s.derivedFrom ?? null,
						derivedFromVersion: null,
						createdAt: nowIso()
					});
					appendVersion(s.id, 1, s, { json, note: `Loaded from models/${s.id}.yaml` });
					continue;
				}
				if (existing.built_in !== 1) {
					warnings.push(
						`Built-in model ${s.id} was not loaded: a scenario already has that id. Rename the model file's id.`
					);
					continue;
				}
				const newest = latest(s.id)!;
				const row = q.version.get(s.id, newest)!;
				const hash = documentHash(s);
				if (row.document_hash === hash) continue;
				const before = JSON.parse(row.document) as Structure;
				appendVersion(s.id, newest + 1, s, {
					json,
					hash,
					basedOn: newest,
					changeLog: changeBetween(before, s),
					note: `Refreshed from models/${s.id}.yaml`
				});
				q.updateStructure.run({ id: s.id, name: s.name, derivedFrom: s.derivedFrom ?? null });
			}
		}).immediate();
	}

	if (options.seed !== false) {
		try {
			syncBuiltIns(loadBuiltInModels(options.modelsDir ?? process.env.MODELS_DIR));
		} catch (e) {
			// A broken model file must not take the saved scenarios down with it: keep serving
			// what the database holds and say what is wrong.
			const message = `Built-in models were not loaded: ${(e as Error).message}`;
			warnings.push(message);
			console.error(message);
		}
	}

	function listStructures(): StructureListing[] {
		const rows = q.allStructures.all();
		const created = new Map(rows.map((r) => [r.id, r.created_at]));
		const listing = rows.map((r): StructureListing => {
			let summary = summaries.get(r.id);
			if (summary?.version !== r.latest) {
				const doc = JSON.parse(q.version.get(r.id, r.latest)!.document) as Structure;
				summary = { version: r.latest, summary: summarise(doc) };
				summaries.set(r.id, summary);
			}
			return {
				id: r.id,
				name: r.name,
				date: summary.summary.date,
				derivedFrom: r.derived_from ?? undefined,
				builtIn: r.built_in === 1,
				latestVersion: r.latest,
				updatedAt: r.updated_at,
				summary: summary.summary
			};
		});
		// Built-ins first, the oldest structure first; then scenarios in the order they were made.
		return listing.sort((a, b) => {
			if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1;
			if (a.builtIn) return a.date.localeCompare(b.date) || a.name.localeCompare(b.name);
			return created.get(a.id)!.localeCompare(created.get(b.id)!) || a.id.localeCompare(b.id);
		});
	}

	/**
	 * Save a structure as a new scenario (new id from its name, version 1), derived from
	 * `derivedFrom` (an existing structure id) at `baseVersion` (default: its latest).
	 */
	function saveScenario(input: {
		name: string;
		derivedFrom?: string;
		structure: Structure;
		baseVersion?: number;
		changeLog?: string[];
		note?: string;
	}): SaveResult {
		const name = input.name.trim();
		if (!name) {
			return invalid([{ file: 'scenario', field: 'name', message: 'give the scenario a name' }]);
		}
		if (input.derivedFrom !== undefined) {
			const newest = latest(input.derivedFrom);
			if (newest === undefined) {
				return {
					ok: false,
					reason: 'not-found',
					message: `There is no structure ${input.derivedFrom} to derive a scenario from.`
				};
			}
			if (input.baseVersion !== undefined && !q.version.get(input.derivedFrom, input.baseVersion)) {
				return {
					ok: false,
					reason: 'not-found',
					message: `${input.derivedFrom} has no version ${input.baseVersion} (versions 1 to ${newest}).`
				};
			}
		}
		const draft: Structure = { ...input.structure, name };
		if (input.derivedFrom === undefined) delete draft.derivedFrom;
		else draft.derivedFrom = input.derivedFrom;
		const errors = validateStructure(draft, slug(name));
		if (errors.length) return invalid(errors);
		return db
			.transaction((): SaveResult => {
				const id = uniqueId(name);
				insertScenario(
					{ ...draft, id },
					{ changeLog: input.changeLog, note: input.note, derivedFromVersion: input.baseVersion }
				);
				return { ok: true, id, version: 1 };
			})
			.immediate();
	}

	/**
	 * Append a version. `basedOnVersion` is the version the editor opened; if someone saved since,
	 * the result is a conflict and nothing is written. Saving to a built-in structure creates a
	 * scenario instead, since built-ins are read-only.
	 */
	function saveVersion(
		id: string,
		structure: Structure,
		opts: { basedOnVersion: number; changeLog?: string[]; note?: string }
	): SaveResult {
		const target = q.structure.get(id);
		if (!target) return { ok: false, reason: 'not-found', message: `There is no structure ${id}.` };
		if (structure.id !== id) {
			return invalid([
				{
					file: id,
					field: 'id',
					message: `the document is ${structure.id}, not ${id}; save it under its own id or as a scenario`
				}
			]);
		}
		if (target.built_in === 1) {
			const newest = latest(id)!;
			if (q.version.get(id, newest)!.document_hash === documentHash(structure)) {
				return { ok: true, id, version: newest, unchanged: true };
			}
			const name = structure.name === target.name ? `${structure.name} (scenario)` : structure.name;
			const r = saveScenario({
				name,
				derivedFrom: id,
				structure,
				baseVersion: opts.basedOnVersion,
				changeLog: opts.changeLog,
				note: opts.note ?? `Edited from built-in ${id} version ${opts.basedOnVersion}`
			});
			return r.ok ? { ...r, scenarioCreated: true } : r;
		}
		const errors = validateStructure(structure, id);
		if (errors.length) return invalid(errors);
		const json = JSON.stringify(structure);
		const hash = documentHash(structure);
		return db
			.transaction((): SaveResult => {
				const newest = latest(id)!;
				if (opts.basedOnVersion !== newest) {
					return {
						ok: false,
						reason: 'conflict',
						latestVersion: newest,
						message: `Someone saved version ${newest} since you opened version ${opts.basedOnVersion}. Open version ${newest} and make your changes to it, or save yours as a new scenario.`
					};
				}
				if (q.version.get(id, newest)!.document_hash === hash) {
					return { ok: true, id, version: newest, unchanged: true };
				}
				appendVersion(id, newest + 1, structure, {
					json,
					hash,
					basedOn: newest,
					changeLog: opts.changeLog,
					note: opts.note
				});
				q.updateStructure.run({ id, name: structure.name, derivedFrom: target.derived_from });
				return { ok: true, id, version: newest + 1 };
			})
			.immediate();
	}

	/** Every version, oldest first, with when it was saved and what changed. */
	function history(id: string): VersionEntry[] | undefined {
		if (!q.structure.get(id)) return undefined;
		return q.history.all(id).map((r) => ({
			version: r.version,
			basedOnVersion: r.based_on_version ?? undefined,
			createdAt: r.created_at,
			changeLog: JSON.parse(r.change_log) as string[],
			note: r.note ?? undefined
		}));
	}

	/** Make an old version the latest again, as a new version (nothing is overwritten). */
	function restoreVersion(
		id: string,
		version: number,
		opts: { basedOnVersion?: number } = {}
	): SaveResult {
		const target = q.structure.get(id);
		if (!target) return { ok: false, reason: 'not-found', message: `There is no structure ${id}.` };
		if (target.built_in === 1) {
			return {
				ok: false,
				reason: 'read-only',
				message: `${target.name} is built in (it follows models/${id}.yaml); open the old version and save it as a scenario instead.`
			};
		}
		return db
			.transaction((): SaveResult => {
				const newest = latest(id)!;
				const old = q.version.get(id, version);
				if (!old) {
					return {
						ok: false,
						reason: 'not-found',
						message: `${target.name} has no version ${version} (versions 1 to ${newest}).`
					};
				}
				if (opts.basedOnVersion !== undefined && opts.basedOnVersion !== newest) {
					return {
						ok: false,
						reason: 'conflict',
						latestVersion: newest,
						message: `Someone saved version ${newest} since you opened version ${opts.basedOnVersion}.`
					};
				}
				const current = q.version.get(id, newest)!;
				if (current.document_hash === old.document_hash) {
					return { ok: true, id, version: newest, unchanged: true };
				}
				const restored = JSON.parse(old.document) as Structure;
				appendVersion(id, newest + 1, restored, {
					json: old.document,
					hash: old.document_hash,
					basedOn: newest,
					changeLog: changeBetween(JSON.parse(current.document) as Structure, restored),
					note: `Restored version ${version}`
				});
				q.updateStructure.run({ id, name: restored.name, derivedFrom: target.derived_from });
				return { ok: true, id, version: newest + 1 };
			})
			.immediate();
	}

	/**
	 * Import a YAML model as a new scenario. Any parse or validation error refuses the whole file
	 * (the errors carry line numbers) and nothing is saved. An id already taken gets a suffix.
	 */
	function importYaml(text: string, fileName: string): ImportResult {
		const parsed = parseStructureYaml(text, fileName, {
			resolveBase: (baseId) => read(baseId)?.structure
		});
		if (!parsed.ok) return { ok: false, errors: parsed.errors };
		const errors = validateStructure(parsed.structure, fileName);
		if (errors.length) return { ok: false, errors };
		return db
			.transaction((): ImportResult => {
				const wanted = parsed.structure.id;
				const id = q.structure.get(wanted) ? uniqueId(wanted) : wanted;
				const structure = { ...parsed.structure, id };
				insertScenario(structure, { note: `Imported from ${fileName}` });
				return {
					ok: true,
					id,
					version: 1,
					name: structure.name,
					renamedFrom: id === wanted ? undefined : wanted
				};
			})
			.immediate();
	}

	return {
		db,
		dataDir,
		/** Problems met while opening (a built-in model that failed to load). */
		warnings,
		listStructures,
		getStructure: read,
		saveScenario,
		saveVersion,
		history,
		restoreVersion,
		importYaml,
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

export function listStructures(): StructureListing[] {
	return getStore().listStructures();
}

export function getStructure(id: string, version?: number): StoredStructure | undefined {
	return getStore().getStructure(id, version);
}

export function saveScenario(input: Parameters<Store['saveScenario']>[0]): SaveResult {
	return getStore().saveScenario(input);
}

export function saveVersion(
	id: string,
	structure: Structure,
	opts: Parameters<Store['saveVersion']>[2]
): SaveResult {
	return getStore().saveVersion(id, structure, opts);
}

export function history(id: string): VersionEntry[] | undefined {
	return getStore().history(id);
}

export function restoreVersion(
	id: string,
	version: number,
	opts?: { basedOnVersion?: number }
): SaveResult {
	return getStore().restoreVersion(id, version, opts);
}

export function importYaml(text: string, fileName: string): ImportResult {
	return getStore().importYaml(text, fileName);
}

// ---------------------------------------------------------------------------------------------
// Imports prepared off the request thread. A worker (workers/tasks.ts) reads, checks and builds
// the structure and hands back its JSON, hash and summary; these verbs only read and write rows,
// so the request thread never parses, validates or serialises an 11,000-post document.
// ---------------------------------------------------------------------------------------------

/** A structure built on a worker thread, ready to store as it is. */
export interface PreparedDocument {
	id: string;
	name: string;
	derivedFrom?: string;
	json: string;
	hash: string;
	summary: StructureSummary;
}

export type ImportedResult =
	| {
			ok: true;
			id: string;
			version: number;
			name: string;
			renamedFrom?: string;
			/** Importing into a structure found nothing changed, so no version was added. */
			unchanged?: boolean;
	  }
	| Exclude<SaveResult, { ok: true }>;

/** Ids already taken, so a worker can pick a free one for what it builds. */
export function structureIds(): string[] {
	return getStore()
		.db.prepare<[], { id: string }>('SELECT id FROM structures')
		.all()
		.map((r) => r.id);
}

/** The latest version of a structure as stored (its JSON text, not parsed), for a worker thread. */
export function latestDocument(
	id: string
): { id: string; name: string; version: number; builtIn: boolean; json: string } | undefined {
	const row = getStore()
		.db.prepare<
			[string],
			{ id: string; name: string; built_in: number; version: number; document: string }
		>(
			`SELECT s.id, s.name, s.built_in, v.version, v.document
			 FROM structures s JOIN versions v ON v.structure_id = s.id
			 WHERE s.id = ? ORDER BY v.version DESC LIMIT 1`
		)
		.get(id);
	return row
		? {
				id: row.id,
				name: row.name,
				version: row.version,
				builtIn: row.built_in === 1,
				json: row.document
			}
		: undefined;
}

/**
 * Store a prepared import: a new scenario at version 1 (its id made unique if taken meanwhile),
 * or, with `into`, a new version of that structure, refused as a conflict when `basedOnVersion`
 * is no longer its latest. One transaction: never a half-saved import.
 */
export function saveImported(
	doc: PreparedDocument,
	opts: { fileName: string; into?: string; basedOnVersion?: number; changeLog?: string[] }
): ImportedResult {
	const store = getStore();
	const { db } = store;
	const exists = db.prepare<[string], { built_in: number }>(
		'SELECT built_in FROM structures WHERE id = ?'
	);
	const latestOf = (id: string) =>
		db
			.prepare<[string], { version: number; hash: string }>(
				`SELECT version, document_hash AS hash FROM versions WHERE structure_id = ?
				 ORDER BY version DESC LIMIT 1`
			)
			.get(id);
	const insertVersion = db.prepare(
		`INSERT INTO versions (structure_id, version, based_on_version, created_at, document, change_log, note, document_hash)
		 VALUES (@id, @version, @basedOn, @createdAt, @document, @changeLog, @note, @hash)`
	);
	const result = db
		.transaction((): ImportedResult => {
			const createdAt = nowIso();
			if (opts.into !== undefined) {
				const target = exists.get(opts.into);
				if (!target)
					return { ok: false, reason: 'not-found', message: `There is no structure ${opts.into}.` };
				if (target.built_in === 1)
					return {
						ok: false,
						reason: 'read-only',
						message: `${opts.into} is built in (it follows its model file); import the export as a new structure instead.`
					};
				const newest = latestOf(opts.into)!;
				if (opts.basedOnVersion !== newest.version)
					return {
						ok: false,
						reason: 'conflict',
						latestVersion: newest.version,
						message: `Someone saved version ${newest.version} since you looked at version ${opts.basedOnVersion}. Check the import against version ${newest.version} and import again.`
					};
				if (newest.hash === doc.hash)
					return {
						ok: true,
						id: opts.into,
						version: newest.version,
						name: doc.name,
						unchanged: true
					};
				insertVersion.run({
					id: opts.into,
					version: newest.version + 1,
					basedOn: newest.version,
					createdAt,
					document: doc.json,
					changeLog: JSON.stringify(opts.changeLog ?? []),
					note: `Imported from ${opts.fileName}`,
					hash: doc.hash
				});
				db.prepare('UPDATE structures SET name = ? WHERE id = ?').run(doc.name, opts.into);
				return { ok: true, id: opts.into, version: newest.version + 1, name: doc.name };
			}
			let { json, hash } = doc;
			let id = doc.id;
			// Taken since the worker chose it (a race with another import): the next free id.
			if (exists.get(id)) {
				const base = slug(id);
				id = base;
				for (let n = 2; exists.get(id); n++) id = `${base}-${n}`;
				const structure = { ...(JSON.parse(doc.json) as Structure), id };
				json = JSON.stringify(structure);
				hash = documentHash(structure);
			}
			const base = doc.derivedFrom ? latestOf(doc.derivedFrom) : undefined;
			db.prepare(
				`INSERT INTO structures (id, name, built_in, derived_from, derived_from_version, created_at)
				 VALUES (?, ?, 0, ?, ?, ?)`
			).run(id, doc.name, doc.derivedFrom ?? null, base?.version ?? null, createdAt);
			insertVersion.run({
				id,
				version: 1,
				basedOn: null,
				createdAt,
				document: json,
				changeLog: '[]',
				note: `Imported from ${opts.fileName}`,
				hash
			});
			return { ok: true, id, version: 1, name: doc.name };
		})
		.immediate();
	if (result.ok && !result.unchanged)
		store.summaries.set(result.id, {
			version: result.version,
			summary: { ...doc.summary, id: result.id }
		});
	return result;
}
