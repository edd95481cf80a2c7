import { describe, expect, it } from 'vitest';
import { issuePrintPass, printPassUser, withdrawPrintPass } from './printPass';

describe('print passes', () => {
	it('stand for their user from loopback only, for two minutes, until withdrawn', () => {
		const now = 1_000_000;
		const pass = issuePrintPass('u1', now);
		expect(printPassUser(pass, '127.0.0.1', now + 1000)).toBe('u1');
		expect(printPassUser(pass, '::1', now + 1000)).toBe('u1');
		expect(printPassUser(pass, '192.168.1.20', now + 1000)).toBeUndefined();
		expect(printPassUser(pass, '127.0.0.1', now + 120_000)).toBeUndefined();
		expect(printPassUser('made-up', '127.0.0.1', now)).toBeUndefined();
		expect(printPassUser(null, '127.0.0.1', now)).toBeUndefined();
		withdrawPrintPass(pass);
		expect(printPassUser(pass, '127.0.0.1', now + 1000)).toBeUndefined();
	});
});
