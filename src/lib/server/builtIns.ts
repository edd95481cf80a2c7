import { loadBuiltInModels, type Structure } from '../model';
import { changeBetween, nowIso, type Records } from './records.ts';

/**
 * Bring built-in models into the database: new files are added; a file whose content changed
 * becomes a new version of its structure (the old versions stay, and scenarios keep pointing at
 * the version they were derived from); a model file removed from models/ is kept. Problems are
 * added to `warnings`.
 */
export function syncBuiltIns(records: Records, structures: Structure[], warnings: string[]): void {
	const { q, documents, transaction, latest, read, appendVersion } = records;
	transaction(() => {
		for (const s of structures) {
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
				appendVersion(s.id, 1, s, { note: `Loaded from models/${s.id}.yaml` });
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
			const { parts, hash } = documents.prepare(s.id, newest, s);
			if (row.document_hash === hash) continue;
			const before = read(s.id, newest)!.structure;
			appendVersion(s.id, newest + 1, s, {
				parts,
				hash,
				basedOn: newest,
				changeLog: changeBetween(before, s),
				note: `Refreshed from models/${s.id}.yaml`
			});
			q.updateStructure.run({ id: s.id, name: s.name, derivedFrom: s.derivedFrom ?? null });
		}
	});
}

/** Load models/ (or `modelsDir`) and sync them; a broken model file becomes a warning. */
export function seedBuiltIns(
	records: Records,
	modelsDir: string | undefined,
	warnings: string[]
): void {
	try {
		syncBuiltIns(records, loadBuiltInModels(modelsDir), warnings);
	} catch (e) {
		// A broken model file must not take the saved scenarios down with it: keep serving
		// what the database holds and say what is wrong.
		const message = `Built-in models were not loaded: ${(e as Error).message}`;
		warnings.push(message);
		console.error(message);
	}
}
