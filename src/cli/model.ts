/**
 * `npm run model -- <command>`: the command line over the same core the app uses.
 *
 *   check <files…>               validate model files; exit 1 with located errors
 *   summary <file|id> [--json]   headline measures of one structure
 *   compare <a> <b> [--json]     the difference between two structures
 *
 * A structure may be named by a file path or by the id of a file in models/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatModelError, loadModelFiles } from '../lib/model/index.ts';
import type { Structure } from '../lib/model/types.ts';
import { summarise, compareStructures } from '../lib/analysis/index.ts';
import { renderSummary, renderComparison, summaryJson, comparisonJson } from './render.ts';

const MODELS_DIR = resolve(process.cwd(), 'models');

function pathOf(arg: string): string {
	if (existsSync(arg)) return resolve(arg);
	const builtIn = resolve(MODELS_DIR, `${arg}.yaml`);
	if (existsSync(builtIn)) return builtIn;
	throw new UsageError(
		`No model file "${arg}": give a path to a .yaml file or the id of one in models/.`
	);
}

class UsageError extends Error {}

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

function main(argv: string[]): number {
	const json = argv.includes('--json');
	const [command, ...rest] = argv.filter((a) => a !== '--json');
	switch (command) {
		case 'check': {
			if (rest.length === 0) throw new UsageError('check needs one or more model files.');
			const structures = load(rest.map(pathOf));
			for (const s of structures) {
				console.log(`ok  ${s.id}: ${s.name} (${Object.keys(s.posts).length} posts)`);
			}
			return 0;
		}
		case 'summary': {
			if (rest.length !== 1) throw new UsageError('summary needs exactly one structure.');
			const [s] = load([pathOf(rest[0])]);
			const summary = summarise(s);
			console.log(json ? JSON.stringify(summaryJson(summary), null, 2) : renderSummary(summary));
			return 0;
		}
		case 'compare': {
			if (rest.length !== 2)
				throw new UsageError('compare needs exactly two structures: before and after.');
			const [a, b] = load(rest.map(pathOf));
			const comparison = compareStructures(a, b);
			console.log(
				json
					? JSON.stringify(comparisonJson(a, b, comparison), null, 2)
					: renderComparison(a, b, comparison)
			);
			return 0;
		}
		default:
			throw new UsageError(
				`Unknown command "${command ?? ''}". Use: check <files…> | summary <file> [--json] | compare <a> <b> [--json]`
			);
	}
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	if (e instanceof UsageError) {
		console.error(e.message);
		process.exitCode = 2;
	} else {
		throw e;
	}
}
