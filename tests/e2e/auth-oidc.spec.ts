/**
 * Single sign-on end to end against a real OpenID provider: oidc-provider (the certified
 * implementation by openid-client's author) listens on loopback inside the test with one client
 * (this app) and one account; the browser signs in on the provider's own login and consent pages,
 * comes back through /sign-in/oidc/callback (code flow with PKCE, state and nonce) and is signed in
 * to a new viewer account made from the verified email.
 */
import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { Provider } from 'oidc-provider';
// Playwright's own test: the provider's pages are not this app's, so there is no hydration to wait for.
import { expect, test } from '@playwright/test';
import { freePort, startServer, type TestServer } from '../support/server.ts';

const PERSON = { sub: 'pat-0001', email: 'Pat.Panel@council.gov.uk', name: 'Pat Panel' };

let provider: Server | undefined;
let server: TestServer | undefined;
test.afterEach(async () => {
	await server?.stop();
	await new Promise((done) => (provider ? provider.close(done) : done(undefined)));
});

test('signing in through the council’s OpenID provider makes a viewer account and a session', async ({
	page
}) => {
	const [providerPort, appPort] = [await freePort(), await freePort()];
	const issuer = `http://127.0.0.1:${providerPort}`;
	const callback = `http://127.0.0.1:${appPort}/sign-in/oidc/callback`;
	const oidc = new Provider(issuer, {
		clients: [
			{
				client_id: 'council-design',
				client_secret: 'a test secret that is long enough',
				redirect_uris: [callback],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		pkce: { required: () => true },
		// The one account: whatever login is typed on the provider's page, it is Pat.
		findAccount: (_ctx: unknown, id: string) => ({
			accountId: id,
			claims: () => ({
				sub: PERSON.sub,
				email: PERSON.email,
				email_verified: true,
				name: PERSON.name
			})
		})
	});
	provider = oidc.listen(providerPort, '127.0.0.1');

	server = await startServer({
		port: appPort,
		env: {
			OIDC_ISSUER: issuer,
			OIDC_CLIENT_ID: 'council-design',
			OIDC_CLIENT_SECRET: 'a test secret that is long enough',
			OIDC_REDIRECT_URL: callback
		}
	});

	await page.goto(`${server.url}/sign-in/oidc?returnTo=/account`);
	// The provider's own pages (its development login and consent).
	await expect(page).toHaveURL(new RegExp(`^${issuer}/interaction/`));
	await page.locator('input[name=login]').fill('pat');
	await page.locator('input[name=password]').fill('anything');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	await page.getByRole('button', { name: 'Continue' }).click();

	await expect(page).toHaveURL(`${server.url}/account`);
	await expect(page.getByText('pat.panel@council.gov.uk')).toBeVisible();
	await expect(page.getByRole('main').getByText('Pat Panel')).toBeVisible();
	await expect(page.getByText('Viewer')).toBeVisible();
	await expect(page.getByText('You sign in through your council account')).toBeVisible();

	// The audit trail: the account made by single sign-on, then the sign-in.
	const audit = JSON.parse(
		execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/admin.ts', 'audit', '--json'], {
			env: { ...process.env, DATA_DIR: server.dataDir },
			encoding: 'utf8'
		})
	) as { action: string; subject: string; detail: Record<string, string> }[];
	expect(audit.map((e) => [e.action, e.subject, e.detail.via ?? e.detail.method])).toEqual([
		['user-add', 'pat.panel@council.gov.uk', 'single sign-on'],
		['sign-in', 'pat.panel@council.gov.uk', 'oidc']
	]);

	// A callback replayed without the browser's checks is refused.
	const replay = await page.request.get(`${callback}?code=made-up&state=made-up`);
	expect(replay.status()).toBe(400);
});
