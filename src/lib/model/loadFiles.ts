/**
 * Reading model files from disk (the only file in the model core that touches node:fs). A derived
 * file's base is found among the files given, then among the other .yaml files in its folder; bases
 * load before what is derived from them, and a circle of derivedFrom is an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatModelErrors, type ModelError } from './errors';
import { parseStructureYaml } from './load';
import type { Structure } from './types';
import { decodeUtf8, parseByteSize, tooLargeMessage } from './upload';

const YAML_FILE = /\.ya?ml$/i;

/** The top-level id of a model file, read without parsing it (for finding bases quickly). */
function peekId(text: string, fallback: string): string {
	const m = /^id:[ \t]*(['"]?)([^'"#\s]+)\1/m.exec(text);
	return m ? m[2] : fallback;
}

export interface LoadedFiles {
	structures: Structure[];
	errors: ModelError[];
}

/**
 * Loads the given files (and any bases they need from the same folders). Returns the structures of
 * the files given, in order, and every error found, including those of a base that failed.
 */
export interface LoadOptions {
	/** Relative paths are resolved, and file names shown, from here (default: the working folder). */
	baseDir?: string;
	/** More folders to look in for bases named by derivedFrom, after the files' own folders. */
	baseFolders?: string[];
	/** The largest file read, in bytes: the same policy as uploads (BODY_SIZE_LIMIT, 25 MB). */
	maxBytes?: number;
}

export function loadModelFiles(paths: string[], opts: LoadOptions = {}): LoadedFiles {
	const { loaded, errors } = loadEach(paths, opts);
	return { structures: loaded.flatMap((l) => (l.structure ? [l.structure] : [])), errors };
}

/** Each given file's structure (undefined if it failed), with its display name, and all errors. */
function loadEach(
	paths: string[],
	opts: LoadOptions
): { loaded: { file: string; structure?: Structure }[]; errors: ModelError[] } {
	const baseDir = path.resolve(opts.baseDir ?? process.cwd());
	const display = (abs: string) => {
		const rel = path.relative(baseDir, abs);
		return (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
	};
	const requested = paths.map((p) => path.resolve(baseDir, p));
	const errors: ModelError[] = [];
	const texts = new Map<string, string | undefined>();
	const read = (abs: string): string | undefined => {
		if (!texts.has(abs)) {
			try {
				const limit = opts.maxBytes ?? parseByteSize(process.env.BODY_SIZE_LIMIT);
				if (statSync(abs).size > limit) {
					texts.set(abs, undefined);
					errors.push({
						file: display(abs),
						field: '',
						message: tooLargeMessage('the file', limit)
					});
					return undefined;
				}
				const decoded = decodeUtf8(readFileSync(abs), display(abs));
				if (decoded.ok) texts.set(abs, decoded.text);
				else {
					texts.set(abs, undefined);
					errors.push(decoded.error);
				}
			} catch (e) {
				texts.set(abs, undefined);
				errors.push({
					file: display(abs),
					field: '',
					message: `cannot read the file (${(e as Error).message}); check the path`
				});
			}
		}
		return texts.get(abs);
	};

	// Which file holds which id: the files given win over their neighbours.
	const byId = new Map<string, string>();
	const folders = new Set([
		...requested.map((p) => path.dirname(p)),
		...(opts.baseFolders ?? []).map((f) => path.resolve(baseDir, f))
	]);
	for (const dir of folders) {
		let names: string[];
		try {
			names = readdirSync(dir).filter((n) => YAML_FILE.test(n));
		} catch {
			continue;
		}
		for (const n of names.sort()) {
			const abs = path.join(dir, n);
			if (requested.includes(abs)) continue;
			const id = n.replace(YAML_FILE, '');
			if (!byId.has(id)) byId.set(id, abs);
		}
	}
	const requestedIds = new Map<string, string>();
	for (const abs of requested) {
		const text = existsSync(abs) ? read(abs) : undefined;
		const id =
			text === undefined
				? path.basename(abs).replace(YAML_FILE, '')
				: peekId(text, path.basename(abs).replace(YAML_FILE, ''));
		const other = requestedIds.get(id);
		if (other !== undefined && other !== abs) {
			errors.push({
				file: display(abs),
				field: 'id',
				message: `id '${id}' is also used by ${display(other)}; each structure needs its own id`
			});
		} else requestedIds.set(id, abs);
		byId.set(id, abs);
	}

	const done = new Map<string, Structure | undefined>();
	const stack: string[] = [];
	const load = (abs: string): Structure | undefined => {
		if (done.has(abs)) return done.get(abs);
		const text = existsSync(abs) || requested.includes(abs) ? read(abs) : undefined;
		if (text === undefined) {
			done.set(abs, undefined);
			return undefined;
		}
		stack.push(abs);
		let failedBase: { id: string; why: string } | undefined;
		const result = parseStructureYaml(text, display(abs), {
			availableBases: [...byId.keys()].sort(),
			resolveBase: (id) => {
				const basePath = byId.get(id);
				if (basePath === undefined) return undefined;
				const at = stack.indexOf(basePath);
				if (at >= 0) {
					const circle = [...stack.slice(at), basePath].map(display).join(' → ');
					failedBase = {
						id,
						why: `derivedFrom goes round in a circle: ${circle}; one of these files must be a full structure`
					};
					return undefined;
				}
				const base = load(basePath);
				if (!base)
					failedBase = {
						id,
						why: `the base '${id}' (${display(basePath)}) did not load; fix its errors first`
					};
				return base;
			}
		});
		stack.pop();
		if (result.ok) {
			done.set(abs, result.structure);
			return result.structure;
		}
		for (const e of result.errors) {
			if (failedBase && e.field === 'derivedFrom') errors.push({ ...e, message: failedBase.why });
			else errors.push(e);
		}
		done.set(abs, undefined);
		return undefined;
	};

	const loaded = requested.map((abs) => ({ file: display(abs), structure: load(abs) }));
	return { loaded, errors };
}

/** The repository's models/ folder, resolved from the working directory. */
export function defaultModelsDir(): string {
	return path.resolve(process.cwd(), 'models');
}

/**
 * Loads every .yaml file in the folder (default: the repository's models/). Each file's id must be
 * its file name. Throws an Error listing every problem, one a line, if any file is bad.
 */
export function loadBuiltInModels(dir: string = defaultModelsDir()): Structure[] {
	const names = readdirSync(dir)
		.filter((n) => YAML_FILE.test(n))
		.sort();
	const paths = names.map((n) => path.join(dir, n));
	const { loaded, errors } = loadEach(paths, { baseDir: process.cwd() });
	for (const { file, structure } of loaded) {
		const name = path.basename(file).replace(YAML_FILE, '');
		if (structure && structure.id !== name) {
			errors.push({
				file,
				field: 'id',
				message: `id '${structure.id}' does not match the file name; a model file is named after its id, so rename the file to ${structure.id}.yaml or change the id to ${name}`
			});
		}
	}
	const display = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/');
	if (errors.length > 0) {
		throw new Error(
			`The model files in ${display(dir) || '.'} have ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${formatModelErrors(errors)}`
		);
	}
	return loaded.flatMap((l) => (l.structure ? [l.structure] : []));
}
