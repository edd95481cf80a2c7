import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from './audit.ts';
import { oidcSettings, oidcUser, safeReturnTo } from './oidc.ts';
import { testDatabase } from './testDb.ts';
import { updateUser } from './users.ts';

let t: ReturnType<typeof testDatabase>;
afterEach(() => t?.done());

const ENV = {
	OIDC_ISSUER: 'https://login.example.gov.uk/',
	OIDC_CLIENT_ID: 'council-design',
	OIDC_REDIRECT_URL: 'https://design.example.gov.uk/sign-in/oidc/callback',
	OIDC_ADMIN_EMAILS: 'Chief.Exec@council.gov.uk, it@council.gov.uk'
};

describe('OpenID Connect settings and accounts', () => {
	it('oidcSettings is off without the three required variables, and reads the rest', () => {
		expect(oidcSettings({})).toBeUndefined();
		expect(oidcSettings({ ...ENV, OIDC_CLIENT_ID: '' })).toBeUndefined();
		const s = oidcSettings(ENV)!;
		expect(s.defaultRole).toBe('viewer');
		expect([...s.adminEmails]).toEqual(['chief.exec@council.gov.uk', 'it@council.gov.uk']);
		expect(() => oidcSettings({ ...ENV, OIDC_DEFAULT_ROLE: 'owner' })).toThrow(/OIDC_DEFAULT_ROLE/);
	});

	it('oidcUser creates someone new with the default role, or admin when listed, and finds them next time', () => {
		t = testDatabase();
		const s = oidcSettings(ENV)!;
		const viewer = oidcUser(
			t.db,
			s,
			{ subject: 's1', email: 'ann@council.gov.uk', name: 'Ann Smith' },
			'10.0.0.5'
		);
		expect(viewer).toMatchObject({ role: 'viewer', displayName: 'Ann Smith', hasPassword: false });
		expect(oidcUser(t.db, s, { subject: 's1', email: 'ann@council.gov.uk' }, '10.0.0.5').id).toBe(
			viewer.id
		);
		expect(oidcUser(t.db, s, { subject: 's2', email: 'chief.exec@council.gov.uk' }, '').role).toBe(
			'admin'
		);
		expect(listAudit(t.db).map((e) => e.action)).toEqual([
			'user-add',
			'sign-in',
			'sign-in',
			'user-add',
			'sign-in'
		]);
	});

	it('a disabled account is refused', () => {
		t = testDatabase();
		const s = oidcSettings(ENV)!;
		const u = oidcUser(t.db, s, { subject: 's1', email: 'ann@council.gov.uk' }, '');
		updateUser(t.db, u.id, { disabled: true });
		expect(() => oidcUser(t.db, s, { subject: 's1', email: 'ann@council.gov.uk' }, '')).toThrow(
			/switched off/
		);
	});

	it('safeReturnTo keeps a path on this site and nothing else', () => {
		expect(safeReturnTo('/report?base=clt-2020')).toBe('/report?base=clt-2020');
		expect(
			['//evil.example', 'https://evil.example', '/\\evil.example', '', null].map(safeReturnTo)
		).toEqual(['/', '/', '/', '/', '/']);
	});
});
