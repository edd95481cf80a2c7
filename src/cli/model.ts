/**
 * `npm run model -- <command>`: the command line over the same core the app uses.
 *
 *   check <files…>               validate model files; exit 1 with located errors
 *   summary <file|id> [--json] [--at YYYY-MM-DD]   headline measures of one structure (on a day)
 *   compare <a> <b> [--json]     the difference between two structures
 *   import <export> [--out f]    an HR export (.csv, .xlsx) as a model file (YAML)
 *   apply-option <establishment> <option> [--layers N] [--map "post=optionPost,…"] [--out f]
 *                                a senior option laid over a whole establishment (YAML)
 *
 * A structure may be named by a file path or by the id of a file in models/; an HR export (.csv or
 * .xlsx) is imported on the way in. `--columns "id=Position ID,…"` sets its column mapping and
 * `--leave-out-bad-rows` leaves out (and lists) bad rows instead of refusing the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatModelError, loadModelFiles, structureToYaml } from '../lib/model/index.ts';
import {
	applySeniorOption,
	describeMapping,
	establishmentFromFile,
	suggestSeniorMapping,
	formatEstablishmentError,
	parseColumnsOption,
	type MappingOverride
} from '../lib/establishment/index.ts';
import type { Structure } from '../lib/model/types.ts';
import { summarise, compareStructures, structureAt } from '../lib/analysis/index.ts';
import { renderSummary, renderComparison, summaryJson, comparisonJson, dayJson } from './render.ts';

const MODELS_DIR = resolve(process.cwd(), 'models');

function pathOf(arg: string): string {
	if (existsSync(arg)) return resolve(arg);
	const builtIn = resolve(MODELS_DIR, `${arg}.yaml`);
	if (existsSync(builtIn)) return builtIn;
	throw new UsageError(
		`No model file "${arg}": give a path to a .yaml, .csv or .xlsx file or the id of one in models/.`
	);
}

class UsageError extends Error {}

const isExport = (path: string) => /\.(csv|xlsx)$/i.test(path);

interface ExportOptions {
	columns?: MappingOverride;
	leaveOutBadRows: boolean;
}

/** Imports an HR export, saying on stderr which columns it read and what it left out. */
async function importExport(path: string, options: ExportOptions): Promise<Structure> {
	const file = basename(path);
	const r = await establishmentFromFile(new Uint8Array(readFileSync(path)), file, options);
	if (r.mapping) console.error(`${file}: columns ${describeMapping(r.mapping)}`);
	if (!r.ok) {
		const shown = r.errors.slice(0, 100);
		for (const e of shown) console.error(formatEstablishmentError(e));
		const more = r.errors.length - shown.length;
		console.error(
			`\n${r.errors.length} error${r.errors.length === 1 ? '' : 's'}${more > 0 ? ` (${more} not shown)` : ''}; nothing was imported.${options.leaveOutBadRows || !r.errors.some((e) => e.row !== undefined) ? '' : ' Correct the file, or give --leave-out-bad-rows to import without the bad rows.'}`
		);
		process.exit(1);
	}
	for (const w of r.warnings) console.error(`${file}: ${w}`);
	for (const l of r.leftOut)
		console.error(`${file} row ${l.row} left out (${l.id || 'no id'}): ${l.reasons.join('; ')}`);
	if (r.leftOut.length) console.error(`${r.leftOut.length} rows left out.`);
	return r.structure;
}

/** Loads model files and imports HR exports, in the order given. */
async function loadAny(paths: string[], options: ExportOptions): Promise<Structure[]> {
	const models = paths.filter((p) => !isExport(p));
	const loaded = models.length ? load(models) : [];
	const out: Structure[] = [];
	let m = 0;
	for (const p of paths) out.push(isExport(p) ? await importExport(p, options) : loaded[m++]);
	return out;
}

/** Loads the named files; bases named by derivedFrom are found beside them or in models/. */
function load(paths: string[]): Structure[] {
	const { structures, errors } = loadModelFiles(paths, { baseFolders: [MODELS_DIR] });
	if (errors.length > 0) {
		for (const e of errors) console.error(formatModelError(e));
		console.error(`\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was loaded.`);
		process.exit(1);
	}
	// One structure for each file given, in the order given (bases it read are not returned).
	return structures;
}

/** Flags that take a value, and the arguments left over. */
function options(argv: string[]) {
	const rest: string[] = [];
	const values: Record<string, string> = {};
	const flags = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const eq = a.indexOf('=');
		const name = eq > 0 ? a.slice(0, eq) : a;
		if (
			name === '--columns' ||
			name === '--out' ||
			name === '--layers' ||
			name === '--map' ||
			name === '--at'
		) {
			const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
			if (value === undefined) throw new UsageError(`${name} needs a value.`);
			values[name] = value;
		} else if (a.startsWith('--')) flags.add(a);
		else rest.push(a);
	}
	let columns: MappingOverride | undefined;
	if (values['--columns'] !== undefined) {
		const parsed = parseColumnsOption(values['--columns']);
		if (!parsed.ok) throw new UsageError(parsed.message);
		columns = parsed.override;
	}
	const exportOptions: ExportOptions = {
		...(columns ? { columns } : {}),
		leaveOutBadRows: flags.has('--leave-out-bad-rows')
	};
	return {
		rest,
		json: flags.has('--json'),
		out: values['--out'],
		at: values['--at'],
		values,
		exportOptions
	};
}

async function main(argv: string[]): Promise<number> {
	const { rest: args, json, out, at, values, exportOptions } = options(argv);
	const [command, ...rest] = args;
	switch (command) {
		case 'check': {
			if (rest.length === 0) throw new UsageError('check needs one or more model files.');
			const structures = await loadAny(rest.map(pathOf), exportOptions);
			for (const s of structures) {
				console.log(`ok  ${s.id}: ${s.name} (${s.posts.size} posts)`);
			}
			return 0;
		}
		case 'summary': {
			if (rest.length !== 1) throw new UsageError('summary needs exactly one structure.');
			const [whole] = await loadAny([pathOf(rest[0])], exportOptions);
			if (at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(at))
				throw new UsageError(`--at needs a date written YYYY-MM-DD, not "${at}".`);
			// On a day: the posts, interim posts, links and roles in force that day.
			const s = at === undefined ? whole : structureAt(whole, at);
			const summary = summarise(s);
			const extra = at === undefined ? undefined : dayJson(whole, s, at);
			console.log(
				json
					? JSON.stringify({ ...summaryJson(summary), ...extra }, null, 2)
					: renderSummary(summary, extra)
			);
			return 0;
		}
		case 'compare': {
			if (rest.length !== 2)
				throw new UsageError('compare needs exactly two structures: before and after.');
			const [a, b] = await loadAny(rest.map(pathOf), exportOptions);
			const comparison = compareStructures(a, b);
			console.log(
				json
					? JSON.stringify(comparisonJson(a, b, comparison), null, 2)
					: renderComparison(a, b, comparison)
			);
			return 0;
		}
		case 'import': {
			if (rest.length !== 1 || !isExport(rest[0]))
				throw new UsageError('import needs exactly one HR export (.csv or .xlsx).');
			const s = await importExport(pathOf(rest[0]), exportOptions);
			const yaml = structureToYaml(s);
			if (out) {
				writeFileSync(out, yaml);
				console.error(`wrote ${out}: ${s.posts.size} posts`);
			} else process.stdout.write(yaml);
			return 0;
		}
		case 'apply-option': {
			if (rest.length !== 2)
				throw new UsageError('apply-option needs an establishment and a senior option.');
			const [establishment, option] = await loadAny(rest.map(pathOf), exportOptions);
			const layers = Number(values['--layers'] ?? 2);
			if (!Number.isInteger(layers) || layers < 1)
				throw new UsageError('--layers is the number of senior layers to replace: 1, 2, 3…');
			const mapping = suggestSeniorMapping(establishment, option, layers);
			for (const pair of (values['--map'] ?? '').split(',').filter(Boolean)) {
				const [from, to] = pair.split('=').map((x) => x.trim());
				if (!from || !to)
					throw new UsageError(`--map takes post=optionPost pairs; "${pair}" is not one.`);
				mapping.reportsMoveTo[from] = to;
			}
			const name = (id: string, s: Structure) => `${s.posts.get(id)?.title ?? '?'} (${id})`;
			console.error(`replacing ${mapping.replaced.length} posts of ${establishment.name}:`);
			for (const id of mapping.replaced)
				console.error(
					`  ${name(id, establishment)}${mapping.reportsMoveTo[id] ? ` → its team moves to ${name(mapping.reportsMoveTo[id], option)}` : ''}`
				);
			const r = applySeniorOption(establishment, option, mapping, {
				id: `${option.id}-applied-to-${establishment.id}`,
				name: `${option.name}, applied to ${establishment.name}`
			});
			if (!r.ok) {
				for (const p of r.problems) console.error(p);
				console.error(
					'\nNothing was written. Give --map post=optionPost for each team, or --layers.'
				);
				return 1;
			}
			const yaml = structureToYaml(r.structure);
			if (out) {
				writeFileSync(out, yaml);
				console.error(`wrote ${out}: ${r.structure.posts.size} posts`);
			} else process.stdout.write(yaml);
			return 0;
		}
		default:
			throw new UsageError(
				`Unknown command "${command ?? ''}". Use: check <files…> | summary <file> [--json] [--at YYYY-MM-DD] | compare <a> <b> [--json] | import <export.csv|.xlsx> [--columns …] [--out file.yaml] | apply-option <establishment> <option> [--layers N] [--map …] [--out file.yaml]`
			);
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	if (e instanceof UsageError) {
		console.error(e.message);
		process.exitCode = 2;
	} else {
		throw e;
	}
}
