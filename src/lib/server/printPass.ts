import { randomBytes } from 'node:crypto';
import { isLoopback } from './auth';

/**
 * The PDF printer reads the report page from this server's own loopback address, as the person
 * who asked for the PDF. It carries a print pass: a random value, known only to this process,
 * good for two minutes and for that one person, sent in PRINT_PASS_HEADER. The hook accepts it
 * only from a loopback address, and the PDF route withdraws it as soon as the PDF is made.
 */
export const PRINT_PASS_HEADER = 'x-council-design-print-pass';
const LIFETIME_MS = 2 * 60 * 1000;

const passes = new Map<string, { userId: string; until: number }>();

export function issuePrintPass(userId: string, now = Date.now()): string {
	for (const [key, pass] of passes) if (pass.until <= now) passes.delete(key);
	const value = randomBytes(32).toString('base64url');
	passes.set(value, { userId, until: now + LIFETIME_MS });
	return value;
}

export function withdrawPrintPass(value: string): void {
	passes.delete(value);
}

/** The user a print pass stands for, when it is current and came from this machine. */
export function printPassUser(
	value: string | null,
	address: string,
	now = Date.now()
): string | undefined {
	if (!value || !isLoopback(address)) return undefined;
	const pass = passes.get(value);
	if (!pass || pass.until <= now) return undefined;
	return pass.userId;
}
