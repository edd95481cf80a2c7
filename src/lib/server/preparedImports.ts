import type { StructureSummary } from '../analysis';
import { slug } from '../editing/lookup';
import { documentHash } from './migrations.ts';
import { getStore } from './store.ts';
import type { SaveResult } from './storeTypes.ts';
import { structureToJson, type StructureDocument } from '../model/structureDocument.ts';

const nowIso = () => new Date().toISOString();

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

/**
 * The latest version of a structure as JSON text, for a worker thread. Read through the store,
 * since a version may be kept as a delta against an earlier one (versionDocuments.ts).
 */
export function latestDocument(
	id: string
): { id: string; name: string; version: number; builtIn: boolean; json: string } | undefined {
	const found = getStore().getStructure(id);
	return found
		? {
				id,
				name: found.structure.name,
				version: found.version,
				builtIn: found.builtIn,
				json: structureToJson(found.structure)
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
	opts: {
		fileName: string;
		into?: string;
		basedOnVersion?: number;
		changeLog?: string[];
		/** The version note (default "Imported from <fileName>"). */
		note?: string;
		/** The version of `derivedFrom` it was made from (default: its latest). */
		derivedFromVersion?: number;
	}
): ImportedResult {
	const note = opts.note ?? `Imported from ${opts.fileName}`;
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
					note,
					hash: doc.hash
				});
				db.prepare('UPDATE structures SET name = ? WHERE id = ?').run(doc.name, opts.into);
				return { ok: true, id: opts.into, version: newest.version + 1, name: doc.name };
			}
			let { json, hash } = doc;
			let id = doc.id;
			// Taken since the worker chose it (a race with another import): the next free id.
			if (exists.get(id)) {
				const base = slug(id, 'scenario');
				id = base;
				for (let n = 2; exists.get(id); n++) id = `${base}-${n}`;
				const structure = { ...(JSON.parse(doc.json) as StructureDocument), id };
				json = JSON.stringify(structure);
				hash = documentHash(structure);
			}
			const base = doc.derivedFrom ? latestOf(doc.derivedFrom) : undefined;
			db.prepare(
				`INSERT INTO structures (id, name, built_in, derived_from, derived_from_version, created_at)
				 VALUES (?, ?, 0, ?, ?, ?)`
			).run(
				id,
				doc.name,
				doc.derivedFrom ?? null,
				base ? (opts.derivedFromVersion ?? base.version) : null,
				createdAt
			);
			insertVersion.run({
				id,
				version: 1,
				basedOn: null,
				createdAt,
				document: json,
				changeLog: '[]',
				note,
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
