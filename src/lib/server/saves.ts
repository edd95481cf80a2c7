import { validateStructure, type ModelError, type Structure } from '../model';
import { changeBetween, scenarioSlug, type Records } from './records.ts';
import type { SaveResult } from './storeTypes.ts';

/**
 * The saves: a new scenario, a new version (refused as a conflict when someone saved since), and
 * an old version made the latest again. Each checks, then writes in one immediate transaction.
 */

function invalid(errors: ModelError[]): SaveResult {
	const first = errors[0];
	return {
		ok: false,
		reason: 'invalid',
		errors,
		message: `The structure has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was saved. First: ${first.field}: ${first.message}`
	};
}

export function createSaves(records: Records) {
	const { q, documents, transaction, latest, read, appendVersion, uniqueId, insertScenario } =
		records;

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
		const errors = validateStructure(draft, scenarioSlug(name));
		if (errors.length) return invalid(errors);
		return transaction((): SaveResult => {
			const id = uniqueId(name);
			insertScenario(
				{ ...draft, id },
				{ changeLog: input.changeLog, note: input.note, derivedFromVersion: input.baseVersion }
			);
			return { ok: true, id, version: 1 };
		});
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
			const { hash } = documents.prepare(id, newest, structure);
			if (q.version.get(id, newest)!.document_hash === hash) {
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
		return transaction((): SaveResult => {
			const newest = latest(id)!;
			if (opts.basedOnVersion !== newest) {
				return {
					ok: false,
					reason: 'conflict',
					latestVersion: newest,
					message: `Someone saved version ${newest} since you opened version ${opts.basedOnVersion}. Open version ${newest} and make your changes to it, or save yours as a new scenario.`
				};
			}
			// One JSON text per changed record: the rest, and the hash, reuse the latest version's
			// texts (kept from its save or read).
			const { parts, hash } = documents.prepare(id, newest, structure);
			if (q.version.get(id, newest)!.document_hash === hash) {
				return { ok: true, id, version: newest, unchanged: true };
			}
			appendVersion(id, newest + 1, structure, {
				parts,
				hash,
				basedOn: newest,
				changeLog: opts.changeLog,
				note: opts.note
			});
			q.updateStructure.run({ id, name: structure.name, derivedFrom: target.derived_from });
			return { ok: true, id, version: newest + 1 };
		});
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
		return transaction((): SaveResult => {
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
			const restored = read(id, version)!.structure;
			appendVersion(id, newest + 1, restored, {
				hash: old.document_hash,
				basedOn: newest,
				changeLog: changeBetween(read(id, newest)!.structure, restored),
				note: `Restored version ${version}`
			});
			q.updateStructure.run({ id, name: restored.name, derivedFrom: target.derived_from });
			return { ok: true, id, version: newest + 1 };
		});
	}

	return { saveScenario, saveVersion, restoreVersion };
}
