/**
 * Accounts in the browser, each test on a server of its own with a fresh database: the first
 * administrator is created at /setup (from this machine, then with the setup code when loopback is
 * not trusted), signs out and in again, meets wrong-password and lockout messages in words, and
 * changes their password. The session cookie is HttpOnly and SameSite=Lax.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures.ts';
import { startServer, type TestServer } from '../support/server.ts';

test.describe.configure({ mode: 'serial' });

let server: TestServer | undefined;
test.afterEach(async () => {
	await server?.stop();
	server = undefined;
});

const ADMIN = 'chief.exec@council.gov.uk';
const PASSWORD = 'correct horse battery staple';

test('the first administrator is made at /setup, then signs out and in again', async ({
	page,
	context
}) => {
	server = await startServer();
	const at = (path: string) => `${server!.url}${path}`;

	// Nobody has an account: sign-in sends people to set up.
	await page.goto(at('/sign-in'));
	await expect(page).toHaveURL(at('/setup'));
	await expect(page.getByRole('heading', { name: 'Set up Council Design' })).toBeVisible();
	// From this machine no setup code is asked for.
	await expect(page.getByLabel('Setup code')).toHaveCount(0);

	await page.getByLabel('Email address').fill(ADMIN);
	await page.getByLabel('Name (as others will see it)').fill('Chief Executive');
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('The password again').fill('something else entirely');
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page.getByRole('alert')).toHaveText('The two passwords are not the same.');

	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('The password again').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page).toHaveURL(at('/'));

	const cookie = (await context.cookies()).find((c) => c.name === 'council_design_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
	expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

	await page.goto(at('/account'));
	await expect(page.getByText(ADMIN)).toBeVisible();
	await expect(page.getByText('Administrator')).toBeVisible();
	await expect(page.getByText('You can see salaries, on-costs and per-post costs.')).toBeVisible();

	// Setting up again is not possible.
	await page.goto(at('/setup'));
	await expect(page).toHaveURL(at('/sign-in'));
	await expect(page.getByText(`You are signed in as ${ADMIN}.`)).toBeVisible();

	await page.goto(at('/sign-out'));
	await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(at('/sign-in'));
	expect((await context.cookies()).some((c) => c.name === 'council_design_session')).toBe(false);
	await page.goto(at('/account'));
	await expect(page).toHaveURL(at('/sign-in?returnTo=/account'));

	await page.getByLabel('Email address').fill(ADMIN);
	await page.getByLabel('Password').fill('not my password at all');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'That email address and password do not match an account. Check both and try again.'
	);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// Back where sign-in was asked for.
	await expect(page).toHaveURL(at('/account'));

	await page.getByLabel('Current password').fill(PASSWORD);
	await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
	await page.getByLabel('The new password again').fill('a brand new passphrase');
	await page.getByRole('button', { name: 'Change password' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Your password is changed. Anywhere else you were signed in has been signed out.'
	);

	// The audit trail holds each step, in order, and its chain verifies.
	const env = { ...process.env, DATA_DIR: server.dataDir };
	const audit = JSON.parse(
		execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', 'audit', '--json'], {
			env,
			encoding: 'utf8'
		})
	) as { action: string; subject: string; address: string }[];
	expect(audit.map((e) => e.action)).toEqual([
		'setup',
		'sign-out',
		'sign-in-failed',
		'sign-in',
		'password-change'
	]);
	expect(audit.every((e) => e.subject === ADMIN && e.address === '127.0.0.1')).toBe(true);
});

test('five wrong passwords lock the email, said in words', async ({ page }) => {
	server = await startServer();
	const at = (path: string) => `${server!.url}${path}`;
	await page.goto(at('/setup'));
	await page.getByLabel('Email address').fill(ADMIN);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('The password again').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page).toHaveURL(at('/'));
	await page.context().clearCookies();

	await page.goto(at('/sign-in'));
	await expect(
		page.getByText(
			'After 5 failed sign-ins within 15 minutes, an account is locked for 15 minutes.'
		)
	).toBeVisible();
	for (let i = 1; i <= 5; i++) {
		await page.getByLabel('Email address').fill(ADMIN);
		await page.getByLabel('Password').fill(`wrong guess number ${i}`);
		// Each answer awaited: the alert of the attempt before says the same words.
		await Promise.all([
			page.waitForResponse((r) => r.url().includes('/sign-in') && r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Sign in' }).click()
		]);
		await expect(page.getByRole('alert')).toContainText(
			i < 5 ? 'do not match an account' : 'Too many failed sign-ins'
		);
	}
	// Even the right password is refused while the lock lasts.
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		new RegExp(
			`^Too many failed sign-ins: signing in as ${ADMIN.replace('.', '\\.')} is paused until \\d\\d:\\d\\d\\. After 5 failed sign-ins within 15 minutes, an account is locked for 15 minutes\\.$`
		)
	);
});

test('when loopback is not trusted (behind a proxy), setup needs the code from the server’s log', async ({
	page
}) => {
	// With ORIGIN set the server takes itself to be behind a reverse proxy on this machine.
	const port = await import('../support/server.ts').then((m) => m.freePort());
	server = await startServer({ port, env: { ORIGIN: `http://127.0.0.1:${port}` } });
	const at = (path: string) => `${server!.url}${path}`;
	await page.goto(at('/setup'));
	await expect(page.getByLabel('Setup code')).toBeVisible();
	const code = /one-time setup code: (\S+)/.exec(server.stderr())?.[1];
	expect(code).toMatch(/^[A-Za-z0-9_-]{20}$/);

	await page.getByLabel('Email address').fill(ADMIN);
	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('The password again').fill(PASSWORD);
	await page.getByLabel('Setup code').fill('a guess');
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'needs the one-time setup code printed in the server’s log'
	);

	await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('The password again').fill(PASSWORD);
	await page.getByLabel('Setup code').fill(code!);
	await page.getByRole('button', { name: 'Create the administrator' }).click();
	await expect(page).toHaveURL(at('/'));
});
