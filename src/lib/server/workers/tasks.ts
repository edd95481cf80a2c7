/**
 * The heavy work of an import and of a large structure's listing, as plain functions of plain
 * data: what crosses to a worker thread and back is structured-cloned, so every argument and
 * result here is strings, numbers, arrays and plain objects (a structure travels as its JSON).
 * The worker entry (worker.ts) runs these; so does the in-process fallback (pool.ts).
 */
import { describeDiff } from '../../analysis/describeDiff.ts';
import { diffStructures } from '../../analysis/diff.ts';
import { summarise, type StructureSummary } from '../../analysis/summary.ts';
import { importChanges, type ImportChanges } from '../../establishment/changes.ts';
import type { MappingOverride } from '../../establishment/columns.ts';
import type { EstablishmentError } from '../../establishment/errors.ts';
import {
	establishmentFromTable,
	type LeftOutRow
} from '../../establishment/importEstablishment.ts';
import { previewImport, type ImportPreview } from '../../establishment/preview.ts';
import {
	planSeniorOption,
	type PlanChoice,
	type SeniorOptionPlan
} from '../../establishment/seniorOptionPlan.ts';
import { readTable } from '../../establishment/readTable.ts';
import type { ModelError } from '../../model/errors.ts';
import { parseStructureYaml } from '../../model/load.ts';
import type { Structure } from '../../model/types.ts';
import { structureFromJson, structureToJson, toDocument } from '../../model/structureDocument.ts';
import { validateStructure } from '../../model/validate.ts';
import { answerLarge, documentFromChain, type LargeAnswer, type LargeAsk } from '../largeView.ts';
import { documentHash } from '../migrations.ts';

/** An existing structure to import into: its latest version, as stored. */
export interface IntoDocument {
	id: string;
	name: string;
	version: number;
	json: string;
}

/** A structure ready to store: its JSON and hash worked out here, off the request thread. */
export interface BuiltDocument {
	ok: true;
	id: string;
	/** The id the file asked for, when it was taken and `id` is another. */
	renamedFrom?: string;
	name: string;
	derivedFrom?: string;
	json: string;
	hash: string;
	summary: StructureSummary;
}

export type PreviewResult =
	| { ok: true; preview: ImportPreview; changes?: ImportChanges }
	| { ok: false; errors: EstablishmentError[] };

export type EstablishmentBuild =
	| (BuiltDocument & { leftOut: LeftOutRow[]; warnings: string[]; changeLog: string[] })
	| { ok: false; errors: EstablishmentError[] };

export type YamlBuild =
	BuiltDocument | { ok: false; errors: ModelError[] } | { ok: false; needsBase: string };

export interface Tasks {
	previewEstablishment(a: {
		bytes: Uint8Array;
		fileName: string;
		columns?: MappingOverride;
		into?: IntoDocument;
		date?: string;
	}): Promise<PreviewResult>;
	buildEstablishment(a: {
		bytes: Uint8Array;
		fileName: string;
		columns?: MappingOverride;
		leaveOutBadRows?: boolean;
		into?: IntoDocument;
		date?: string;
		takenIds?: string[];
	}): Promise<EstablishmentBuild>;
	buildYaml(a: {
		text: string;
		fileName: string;
		bases: Record<string, string | null>;
		takenIds?: string[];
	}): YamlBuild;
	summariseDocument(a: { json: string }): StructureSummary;
	/** A senior option laid over an establishment: the plan, and with `save` the document to store. */
	applySeniorOption(a: SeniorOptionArgs): SeniorOptionBuild;
	/**
	 * A large structure's page, a unit's posts or a search, from the document `key` names (data
	 * folder, id and version). The thread keeps the last documents it read; without `chain` (the
	 * stored rows, see documentFromChain) it answers needsDocument when it has not that one.
	 */
	askLarge(a: { key: string; chain?: string[]; maskPay: boolean; ask: LargeAsk }): LargeAnswer;
}

/** The two structures as stored (JSON), the user's choices, and for a save the name and ids taken. */
export interface SeniorOptionArgs {
	establishment: { json: string; version: number };
	option: { json: string; version: number };
	choice: PlanChoice;
	save?: { id: string; name: string; takenIds: string[] };
}

export type SeniorOptionBuild =
	| { ok: true; plan: SeniorOptionPlan; built?: BuiltDocument }
	| { ok: false; plan: SeniorOptionPlan };

/** The documents this thread read last, by key (versions never change, so none goes stale). */
const KEPT_DOCUMENTS = 2;
const keptDocuments = new Map<string, Structure>();

/**
 * The id wanted, or when it is taken the next free one as the store makes it (slug, then -2, -3…),
 * so the store need not rewrite an 11,000-post document to rename it.
 */
export function freeId(wanted: string, taken: readonly string[] = []): string {
	const used = new Set(taken);
	if (!used.has(wanted)) return wanted;
	const base =
		wanted
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/g, '') || 'scenario';
	let id = base;
	for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
	return id;
}

function built(found: Structure, taken?: string[]): BuiltDocument {
	const id = taken ? freeId(found.id, taken) : found.id;
	const structure = id === found.id ? found : { ...found, id };
	return {
		ok: true,
		id,
		...(id !== found.id ? { renamedFrom: found.id } : {}),
		name: structure.name,
		...(structure.derivedFrom ? { derivedFrom: structure.derivedFrom } : {}),
		json: structureToJson(structure),
		hash: documentHash(toDocument(structure)),
		summary: summarise(structure)
	};
}

/**
 * What a newer export keeps of the structure it goes into: the assumptions, default funding and
 * span rules (which people may have edited), not the grades, whose points the new file's salaries
 * set (the base's grades would cost it at the older file's medians).
 */
function keptFrom(before: Structure | undefined): Structure | undefined {
	return before && { ...before, grades: {} };
}

function changeLog(before: Structure, after: Structure): string[] {
	try {
		return describeDiff(diffStructures(before, after));
	} catch (e) {
		// A change log is a courtesy; never refuse an import because describing it failed.
		return [`(could not describe the change: ${(e as Error).message})`];
	}
}

export const tasks: Tasks = {
	async previewEstablishment({ bytes, fileName, columns, into, date }) {
		const read = await readTable(bytes, fileName);
		if (!read.ok) return { ok: false, errors: read.errors };
		const before = into ? structureFromJson(into.json) : undefined;
		const { preview, structure } = previewImport(read.table, {
			columns,
			base: keptFrom(before),
			id: into?.id,
			name: into?.name,
			date
		});
		if (!before || !structure || !into) return { ok: true, preview };
		return { ok: true, preview, changes: importChanges(before, structure, into.version) };
	},

	async buildEstablishment({ bytes, fileName, columns, leaveOutBadRows, into, date, takenIds }) {
		const read = await readTable(bytes, fileName);
		if (!read.ok) return { ok: false, errors: read.errors };
		const before = into ? structureFromJson(into.json) : undefined;
		const r = establishmentFromTable(read.table, {
			columns,
			leaveOutBadRows,
			base: keptFrom(before),
			id: into?.id,
			name: into?.name,
			date
		});
		if (!r.ok) return { ok: false, errors: r.errors };
		return {
			...built(r.structure, into ? undefined : takenIds),
			leftOut: r.leftOut,
			warnings: r.warnings,
			changeLog: before ? changeLog(before, r.structure) : []
		};
	},

	buildYaml({ text, fileName, bases, takenIds }) {
		let missing: string | undefined;
		const parsed = parseStructureYaml(text, fileName, {
			resolveBase: (id) => {
				// null: the database has no such structure (the parse then says so, located).
				if (id in bases) return bases[id] === null ? undefined : structureFromJson(bases[id]);
				missing ??= id;
				return undefined;
			}
		});
		// The base lives in the database, on the other side: ask for it and be called again.
		if (missing !== undefined) return { ok: false, needsBase: missing };
		if (!parsed.ok) return { ok: false, errors: parsed.errors };
		const errors = validateStructure(parsed.structure, fileName);
		if (errors.length) return { ok: false, errors };
		return built(parsed.structure, takenIds);
	},

	summariseDocument({ json }) {
		return summarise(structureFromJson(json));
	},

	applySeniorOption({ establishment, option, choice, save }) {
		const e = structureFromJson(establishment.json);
		const o = structureFromJson(option.json);
		const { plan, structure } = planSeniorOption(e, o, choice, {
			id: save?.id ?? `${o.id}-applied-to-${e.id}`,
			name: save?.name ?? `${o.name}, applied to ${e.name}`,
			establishmentVersion: establishment.version,
			optionVersion: option.version
		});
		if (!structure) return { ok: false, plan };
		if (!save) return { ok: true, plan };
		// Checked as any saved structure is, here rather than on the request thread.
		const errors = validateStructure(structure, save.id);
		if (errors.length) {
			for (const err of errors.slice(0, 5))
				plan.problems.push({ field: 'option', message: `${err.field}: ${err.message}` });
			return { ok: false, plan: { ...plan, after: undefined } };
		}
		return { ok: true, plan, built: built(structure, save.takenIds) };
	},

	askLarge({ key, chain, maskPay, ask }) {
		let s = keptDocuments.get(key);
		if (!s) {
			if (!chain) return { needsDocument: true };
			s = documentFromChain(chain);
		}
		// Most recently used last, so the oldest goes first.
		keptDocuments.delete(key);
		keptDocuments.set(key, s);
		while (keptDocuments.size > KEPT_DOCUMENTS)
			keptDocuments.delete(keptDocuments.keys().next().value!);
		return answerLarge(s, maskPay, ask);
	}
};

export type TaskName = keyof Tasks;
export type TaskArgs<K extends TaskName> = Parameters<Tasks[K]>[0];
export type TaskResult<K extends TaskName> = Awaited<ReturnType<Tasks[K]>>;
