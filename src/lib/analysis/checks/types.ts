import type { Structure } from '../../model/types';

/** 'warning' checks point at something to look at; 'error' checks at a rule broken. */
export type Severity = 'error' | 'warning';

export interface Violation {
	/** The check's stable key. */
	check: string;
	/** Id of the record at fault (post, unit, service), or the structure id for structure-wide checks. */
	subject: string;
	message: string;
}

/** One inspection: a stable key, plain-words rule with its threshold, and a pure run function. */
export interface Check {
	key: string;
	title: string;
	severity: Severity;
	rule(s: Structure): string;
	run(s: Structure): Violation[];
}

export interface CheckResult {
	key: string;
	title: string;
	rule: string;
	severity: Severity;
	passed: boolean;
	violations: Violation[];
}
