/**
 * Semantic checks on a structure in memory: the rules a file's shape cannot express. The loader,
 * the editing commands and import all call this, so it needs no YAML: each problem names its place
 * as a path into the structure (`posts.md-city-operations.grade`), which the loader turns into a
 * line and column when there is a file.
 *
 * Each record type is checked in a module of its own (validateIds, validatePosts, validateUnits,
 * validateLinks, validateTopLevel, validateCycles, validateInterim); this one runs them in order,
 * so the issues come out in the order they always have.
 *
 * Indexes are built once; nothing searches an array inside a loop (12,000 posts is a normal input).
 */
import { formatPath, type ModelError } from './errors';
import { checkText } from './textChecks';
import type { Structure } from './types';
import type { Issue, Path } from './validateCommon';
import { checkLineManagementCycles } from './validateCycles';
import { checkIds } from './validateIds';
import { checkAssumedFields, checkInterimPosts } from './validateInterim';
import { checkLinks, checkMeetings } from './validateLinks';
import { checkPosts } from './validatePosts';
import { checkAssumptionsAndCosts, checkGrades, checkTopLevel } from './validateTopLevel';
import { checkUnitsAndServices } from './validateUnits';

export { isFinancialYear, isIsoDate, type Issue, type Path } from './validateCommon';
export { NAMESPACED } from './validateIds';
export { REQUIRED_ASSUMPTIONS } from './validateTopLevel';

/** Every semantic problem in the structure, placed by path. */
export function checkStructure(s: Structure): Issue[] {
	const issues: Issue[] = [];
	const add = (at: Path, message: string, also?: Path) =>
		issues.push(also ? { at, message, also } : { at, message });

	const owner = checkIds(s, add);
	checkTopLevel(s, add);
	checkPosts(s, add);
	checkLineManagementCycles(s, add);
	checkInterimPosts(s, add);
	checkAssumedFields(s, add);
	checkUnitsAndServices(s, add);
	checkLinks(s, owner, add);
	checkMeetings(s, add);
	checkGrades(s, add);
	checkAssumptionsAndCosts(s, add);
	issues.push(...checkText(s));
	return issues;
}

/** The structure's problems as ModelErrors (no line or column: it has no file). */
export function validateStructure(s: Structure, file?: string): ModelError[] {
	const name = file ?? (s.id ? `structure ${s.id}` : 'structure');
	return checkStructure(s).map((i) => ({
		file: name,
		field: formatPath(i.at),
		message: i.also ? `${i.message} (the other use: ${formatPath(i.also)})` : i.message
	}));
}
