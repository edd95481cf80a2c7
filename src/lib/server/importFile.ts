/**
 * Importing a file, as the API and the import page both do it: a YAML model file, or an HR
 * export (CSV or XLSX) as a new structure or as a new version of an existing one. The reading,
 * checking and building run on a worker thread (workers/pool.ts); this side only fetches what the
 * worker needs from the store and stores what it hands back.
 */
import type { MappingOverride } from '../establishment/columns.ts';
import type { LeftOutRow } from '../establishment/importEstablishment.ts';
import type { ModelError } from '../model/errors.ts';
import {
	latestDocument,
	saveImported,
	structureIds,
	type ImportedResult
} from './preparedImports.ts';
import { runTask } from './workers/pool.ts';
import type { IntoDocument, PreviewResult } from './workers/tasks.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An HR export (CSV, XLSX, or an old .xls to refuse in words) rather than a YAML model file. */
export function isEstablishmentFile(fileName: string, contentType = '', bytes?: Uint8Array) {
	if (/\.(csv|xlsx|xls)$/i.test(fileName)) return true;
	if (/\.ya?ml$/i.test(fileName)) return false;
	if (/text\/csv|spreadsheetml|ms-excel/i.test(contentType)) return true;
	// A zip (what an .xlsx is) sent with no telling name or type.
	return !!bytes && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;
}

export type Refused = {
	ok: false;
	status: 400 | 403 | 404 | 409 | 422;
	message: string;
	errors?: ModelError[];
	latestVersion?: number;
};

const STATUS = { conflict: 409, invalid: 422, 'not-found': 404, 'read-only': 403 } as const;

function refusedSave(r: Exclude<ImportedResult, { ok: true }>): Refused {
	return {
		ok: false,
		status: STATUS[r.reason],
		message: r.message,
		...(r.reason === 'invalid' ? { errors: r.errors } : {}),
		...(r.reason === 'conflict' ? { latestVersion: r.latestVersion } : {})
	};
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The structure to import into, checked: it exists, is not built in, and was seen at its latest. */
function intoDocument(into: string, basedOnVersion: number | undefined): IntoDocument | Refused {
	const doc = latestDocument(into);
	if (!doc) return { ok: false, status: 404, message: `There is no structure ${into}.` };
	if (doc.builtIn)
		return {
			ok: false,
			status: 403,
			message: `${doc.name} is built in (it follows its model file); import the export as a new structure instead.`
		};
	if (basedOnVersion === undefined)
		return {
			ok: false,
			status: 400,
			message: `Say which version of ${into} the import is based on (basedOnVersion=${doc.version}), so a newer save is not overwritten.`
		};
	if (basedOnVersion !== doc.version)
		return {
			ok: false,
			status: 409,
			latestVersion: doc.version,
			message: `Someone saved version ${doc.version} of ${doc.name} since you looked at version ${basedOnVersion}. Check the import against version ${doc.version} and import again.`
		};
	return { id: doc.id, name: doc.name, version: doc.version, json: doc.json };
}

export interface EstablishmentOptions {
	columns?: MappingOverride;
	leaveOutBadRows?: boolean;
	into?: string;
	basedOnVersion?: number;
}

export type EstablishmentImported = {
	ok: true;
	id: string;
	version: number;
	name: string;
	unchanged?: boolean;
	leftOut: LeftOutRow[];
	warnings: string[];
};

/** Check and build an HR export on a worker, then store it; nothing is stored unless all is well. */
export async function importEstablishment(
	bytes: Uint8Array,
	fileName: string,
	options: EstablishmentOptions = {}
): Promise<EstablishmentImported | Refused> {
	const into = options.into ? intoDocument(options.into, options.basedOnVersion) : undefined;
	if (into && 'ok' in into) return into;
	const r = await runTask('buildEstablishment', {
		bytes,
		fileName,
		columns: options.columns,
		leaveOutBadRows: options.leaveOutBadRows,
		into,
		takenIds: into ? undefined : structureIds()
	});
	if (!r.ok) {
		const hint = options.leaveOutBadRows
			? ''
			: ' Correct them and import again, or import with the bad rows left out (leaveOutBadRows=1).';
		return {
			ok: false,
			status: 422,
			message: `${fileName} has ${plural(r.errors.length, 'error')}; nothing was imported.${r.errors.some((e) => e.row !== undefined) ? hint : ''}`,
			errors: r.errors
		};
	}
	const saved = saveImported(r, {
		fileName,
		into: into?.id,
		basedOnVersion: into?.version,
		changeLog: r.changeLog
	});
	if (!saved.ok) return refusedSave(saved);
	return {
		ok: true,
		id: saved.id,
		version: saved.version,
		name: saved.name,
		...(saved.unchanged ? { unchanged: true } : {}),
		leftOut: r.leftOut,
		warnings: r.warnings
	};
}

/** What importing would do, for the page's mapping step; nothing is stored. */
export async function previewEstablishment(
	bytes: Uint8Array,
	fileName: string,
	options: { columns?: MappingOverride; into?: string; basedOnVersion?: number } = {}
): Promise<PreviewResult | Refused> {
	let into: IntoDocument | undefined;
	if (options.into) {
		const doc = intoDocument(
			options.into,
			options.basedOnVersion ?? latestDocument(options.into)?.version
		);
		if ('ok' in doc) return doc;
		into = doc;
	}
	return runTask('previewEstablishment', { bytes, fileName, columns: options.columns, into });
}

export type YamlImported = {
	ok: true;
	id: string;
	version: number;
	name: string;
	renamedFrom?: string;
};

/**
 * Import a YAML model file as a new scenario, parsed and checked on a worker. A file derived from
 * a stored structure gets its base from the store (the worker asks, and is called again).
 */
export async function importYamlFile(
	text: string,
	fileName: string
): Promise<YamlImported | { ok: false; errors: ModelError[] } | Refused> {
	const bases: Record<string, string | null> = {};
	for (;;) {
		const r = await runTask('buildYaml', { text, fileName, bases, takenIds: structureIds() });
		if ('needsBase' in r) {
			bases[r.needsBase] = latestDocument(r.needsBase)?.json ?? null;
			continue;
		}
		if (!r.ok) return { ok: false, errors: r.errors };
		const saved = saveImported(r, { fileName });
		if (!saved.ok) return refusedSave(saved);
		const wanted = r.renamedFrom ?? r.id;
		return {
			ok: true,
			id: saved.id,
			version: saved.version,
			name: saved.name,
			...(saved.id !== wanted ? { renamedFrom: wanted } : {})
		};
	}
}
