import type Database from 'better-sqlite3';
import type { Structure } from '../model';
import { describeDiff, diffStructures } from '../analysis';
import { slug } from '../editing/lookup';
import type { DocumentParts } from './deltas.ts';
import type { StoredStructure, VersionEntry } from './storeTypes.ts';
import { createDocuments } from './versionDocuments.ts';

/**
 * The rows: the prepared statements and the reads and writes every verb shares (read a version,
 * append one, insert a scenario). Writes are meant to run inside the caller's transaction.
 */

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
	change_log: string;
	note: string | null;
	document_hash: string;
}

export function nowIso(): string {
	return new Date().toISOString();
}

/** A scenario's id from its name: the one slug, with 'scenario' when no letters are left. */
export function scenarioSlug(name: string): string {
	return slug(name, 'scenario');
}

/** The change between two versions in words, for the change log. */
export function changeBetween(before: Structure, after: Structure): string[] {
	try {
		return describeDiff(diffStructures(before, after));
	} catch (e) {
		// A change log is a courtesy; never refuse a save because describing it failed.
		return [`(could not describe the change: ${(e as Error).message})`];
	}
}

function prepare(db: Database.Database) {
	return {
		structure: db.prepare<[string], StructureRow>('SELECT * FROM structures WHERE id = ?'),
		allStructures: db.prepare<[], StructureRow & { latest: number; updated_at: string }>(
			`SELECT s.*, v.version AS latest, v.created_at AS updated_at
			 FROM structures s JOIN versions v ON v.structure_id = s.id
			 WHERE v.version = (SELECT MAX(version) FROM versions WHERE structure_id = s.id)`
		),
		latestVersion: db.prepare<[string], { latest: number | null }>(
			'SELECT MAX(version) AS latest FROM versions WHERE structure_id = ?'
		),
		/** A version without its document (which may be megabytes, or a delta: see documents). */
		version: db.prepare<[string, number], VersionRow>(
			`SELECT structure_id, version, based_on_version, created_at, change_log, note, document_hash
			 FROM versions WHERE structure_id = ? AND version = ?`
		),
		history: db.prepare<[string], VersionRow>(
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
			`INSERT INTO versions (structure_id, version, based_on_version, created_at, document, change_log, note, document_hash, delta_base)
			 VALUES (@id, @version, @basedOn, @createdAt, @document, @changeLog, @note, @hash, @deltaBase)`
		)
	};
}

export type Records = ReturnType<typeof createRecords>;

export function createRecords(db: Database.Database) {
	const q = prepare(db);
	const documents = createDocuments(db);

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
			structure: documents.read(id, row.version)!,
			version: row.version,
			builtIn: s.built_in === 1,
			latestVersion: newest,
			createdAt: row.created_at,
			derivedFromVersion: s.derived_from_version ?? undefined
		};
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

	/**
	 * Append a version, stored whole or as a delta against the one before (documents.encode).
	 * Call inside `transaction`, so the cached document is kept only once the row is committed.
	 */
	function appendVersion(
		id: string,
		version: number,
		structure: Structure,
		opts: {
			basedOn?: number;
			changeLog?: string[];
			note?: string;
			parts?: DocumentParts;
			hash?: string;
		}
	): void {
		const encoded = documents.encode(
			id,
			version,
			opts.parts ?? documents.partsOf(structure),
			opts.hash
		);
		q.insertVersion.run({
			id,
			version,
			basedOn: opts.basedOn ?? null,
			createdAt: nowIso(),
			document: encoded.document,
			changeLog: JSON.stringify(opts.changeLog ?? []),
			note: opts.note ?? null,
			hash: encoded.hash,
			deltaBase: encoded.deltaBase
		});
	}

	function uniqueId(wanted: string): string {
		const base = scenarioSlug(wanted);
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

	return {
		db,
		q,
		documents,
		transaction: documents.transaction,
		latest,
		read,
		history,
		appendVersion,
		uniqueId,
		insertScenario
	};
}
