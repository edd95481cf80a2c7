import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import {
	createFirstAdmin,
	ensureSetupCode,
	isLoopback,
	loopbackIsTrusted,
	maySetUp,
	needsSetup
} from './firstRun.ts';
import { testDatabase } from './testDb.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t.done());

const admin = { email: 'chief.exec@council.gov.uk', password: 'a long first password' };

describe('first run', () => {
	it('ensureSetupCode prints a code once while nobody has an account, and stores only its hash', () => {
		t = testDatabase();
		const lines: string[] = [];
		const code = ensureSetupCode(t.db, (l) => lines.push(l))!;
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(code);
		const stored = t.db.prepare('SELECT value FROM auth_settings').get() as { value: string };
		expect(stored.value).not.toContain(code);
	});

	it('from this machine the first administrator needs no code', async () => {
		t = testDatabase();
		ensureSetupCode(t.db, () => {});
		const user = await createFirstAdmin(t.db, {
			...admin,
			address: '127.0.0.1',
			trustLoopback: true
		});
		expect(user).toMatchObject({ role: 'admin', canSeePay: true });
		expect(needsSetup(t.db)).toBe(false);
		expect(listAudit(t.db, { action: 'setup' })[0].detail).toMatchObject({ from: 'loopback' });
	});

	it('from elsewhere it needs the code; a wrong code is refused', async () => {
		t = testDatabase();
		const code = ensureSetupCode(t.db, () => {})!;
		await expect(
			createFirstAdmin(t.db, { ...admin, address: '10.0.0.5', setupCode: 'guess' })
		).rejects.toThrow(/setup code/);
		expect(maySetUp(t.db, { address: '10.0.0.5', setupCode: code })).toBe(true);
		await createFirstAdmin(t.db, { ...admin, address: '10.0.0.5', setupCode: code });
		// The code is forgotten once used.
		expect(t.db.prepare('SELECT COUNT(*) AS n FROM auth_settings').get()).toEqual({ n: 0 });
	});

	it('behind a proxy loopback is not trusted, so only the code will do', async () => {
		t = testDatabase();
		ensureSetupCode(t.db, () => {});
		expect(maySetUp(t.db, { address: '127.0.0.1', trustLoopback: false })).toBe(false);
		expect(loopbackIsTrusted({ PROTOCOL_HEADER: 'x-council-design-protocol' })).toBe(true);
		expect(loopbackIsTrusted({ ORIGIN: 'https://design.example.gov.uk' })).toBe(false);
		expect(loopbackIsTrusted({ PROTOCOL_HEADER: 'x-forwarded-proto' })).toBe(false);
		expect(
			loopbackIsTrusted({ PROTOCOL_HEADER: 'x-forwarded-proto', ADDRESS_HEADER: 'x-forwarded-for' })
		).toBe(true);
	});

	it('once set up, setup is refused and no new code is made', async () => {
		t = testDatabase();
		await createFirstAdmin(t.db, { ...admin, address: '::1', trustLoopback: true });
		await expect(
			createFirstAdmin(t.db, {
				...admin,
				email: 'x@council.gov.uk',
				address: '::1',
				trustLoopback: true
			})
		).rejects.toThrow(/already set up/);
		expect(ensureSetupCode(t.db, () => {})).toBeUndefined();
	});

	it('isLoopback knows 127.0.0.0/8 and ::1 in their usual spellings', () => {
		expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([
			true,
			true,
			true,
			true
		]);
		expect(['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', ''].map(isLoopback)).toEqual([
			false,
			false,
			false,
			false
		]);
	});
});
