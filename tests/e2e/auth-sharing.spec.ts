/**
 * Two people in two browsers, on a server of their own: the second cannot see the first's private
 * option until the first shares it with them, then can; without the right to see pay the second
 * reads the report and its PDF with pay masked (the PDF read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { expect, hydrationAware, test } from './fixtures.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';

test.describe.configure({ mode: 'serial' });

const OWNER = {
	email: 'hr.lead@council.gov.uk',
	role: 'editor',
	canSeePay: true,
	name: 'HR Lead'
} as const;
const PANEL = {
	email: 'panel.member@council.gov.uk',
	role: 'viewer',
	canSeePay: false,
	name: 'Panel Member'
} as const;

let server: TestServer;

test.beforeAll(async () => {
	server = await startServer({ people: [TEST_ADMIN, OWNER, PANEL] });
});

test.afterAll(async () => {
	await server?.stop();
});

test('a private option is shared with a panel member, who then reads it, and the report and PDF with pay masked', async ({
	browser
}, testInfo) => {
	test.setTimeout(150_000);
	const open = async (who: { email: string }) =>
		hydrationAware(
			await browser.newContext({
				baseURL: server.url,
				storageState: server.people[who.email].storageState
			})
		).newPage();
	const owner = await open(OWNER);
	const panel = await open(PANEL);

	// The owner saves an option (through the API, with the owner's own token): private to them.
	const base = await (await server.fetch('/api/structures/clt-2020')).json();
	// One post the option deletes (a post nobody reports to), so the report has a post to cost.
	// The API's JSON keeps a structure's posts as an object keyed by id.
	const records = base.structure.posts as Record<string, { reportsTo?: string; status: string }>;
	const managers = new Set(Object.values(records).map((p) => p.reportsTo));
	const leaf = Object.keys(records).find((id) => !managers.has(id) && id !== base.structure.ceo)!;
	records[leaf].status = 'deleted';
	const saved = await fetch(`${server.url}/api/structures`, {
		method: 'POST',
		headers: { ...server.people[OWNER.email].headers, 'content-type': 'application/json' },
		body: JSON.stringify({
			name: 'Option for the panel',
			derivedFrom: 'clt-2020',
			structure: base.structure
		})
	});
	expect(saved.status).toBe(201);
	const { id } = await saved.json();

	// The panel member does not see it: not in the library, and its address is "not found".
	await panel.goto('/');
	await expect(panel.getByText('Option for the panel')).toHaveCount(0);
	const hidden = await panel.goto(`/structures/${id}`);
	expect(hidden?.status()).toBe(404);

	// The owner shares it with them, to read.
	await owner.goto(`/structures/${id}/sharing`);
	await expect(owner.getByTestId('sharing-now')).toContainText('Private');
	await owner.getByLabel('Share with (an email address)').fill(PANEL.email);
	await owner.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(
		owner.getByRole('cell', { name: `Panel Member (${PANEL.email})`, exact: true })
	).toBeVisible();
	await expect(owner.getByTestId('sharing-now')).toContainText('Shared with the people');

	// Now they see it, with pay masked on the structure pages.
	await panel.goto('/');
	await expect(panel.getByText('Option for the panel').first()).toBeVisible();
	const shown = await panel.goto(`/structures/${id}/costs`);
	expect(shown?.status()).toBe(200);
	await expect(panel.getByTestId('pay-masked')).toBeVisible();

	// The report, masked: per-post money reads "masked", totals stay.
	const query = `base=clt-2020&options=${id}`;
	await panel.goto(`/report?${query}`);
	await expect(panel.getByTestId('pay-masked')).toBeVisible();
	await expect(panel.getByTestId('grades-table')).toContainText('masked');
	await expect(panel.locator('table.posts td.num').first()).toHaveText('masked');

	// The PDF is printed as the panel member: masked too.
	const res = await panel.request.get(`/report/pdf?${query}`, { timeout: 120_000 });
	expect(res.status()).toBe(200);
	const file = testInfo.outputPath('masked.pdf');
	const { writeFileSync } = await import('node:fs');
	writeFileSync(file, await res.body());
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	expect(text).toMatch(/Pay is masked/);
	expect(text).toMatch(/masked\s+masked/);
	// The owner's own report shows the money.
	await owner.goto(`/report?${query}`);
	await expect(owner.getByTestId('pay-masked')).toHaveCount(0);

	await owner.context().close();
	await panel.context().close();
});
