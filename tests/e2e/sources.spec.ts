import { expect, test } from './fixtures.ts';
import { expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('the Sources page names each document by its title, issuer and date', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Sources' })
		.click();
	await expect(page).toHaveURL(/\/sources$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');

	// The Cabinet report (003): its cover reads "Investing in our Future", 19 January; the Chief
	// Executive's report to Cabinet, dated to 2021 by its plan for 2021 to 2026.
	const cabinet = page.locator('#source-003');
	await expect(cabinet.getByRole('heading', { level: 2 })).toContainText(
		'Investing in our Future: What Birmingham City Council needs to do next, 2021 to 2026'
	);
	await expect(cabinet).toContainText('19 January 2021');
	await expect(cabinet).toContainText('Interim Chief Executive to Cabinet');
	// The Leader's letter of 21 July 2020 (002) and the Panel's of 9 November 2016 (004).
	await expect(page.locator('#source-002')).toContainText('21 July 2020');
	await expect(page.locator('#source-004')).toContainText('9 November 2016');
	// A public address only where the document prints one: the 2016 progress report's footnote.
	await expect(
		page.locator('#source-000').getByRole('link', { name: 'birminghamnewsroom.com/biip-documents' })
	).toHaveAttribute('href', 'http://birminghamnewsroom.com/biip-documents/');
	await expect(cabinet).toContainText('Not given in the document.');
	// The file names stay in the model files.
	await expect(page.locator('main')).not.toContainText('.txt');
	await expectNoSeriousAxeViolations(page);
});

test('a citation on the overview names the document and leads to its entry', async ({ page }) => {
	await page.goto('/structures/core-delivery-2021');
	// The stated +£0.51m a year is paragraph 7.3.1 of the Cabinet report of 19 January 2021.
	const cost = page.locator('.figure[data-key="cost"]');
	const citation = cost.getByRole('link', {
		name: 'Cabinet report, 19 January 2021, para 7.3.1'
	});
	await expect(citation).toBeVisible();
	await expect(page.locator('.figure[data-key="ceo-span"]')).toContainText(
		'Cabinet report, 19 January 2021, Appendix A section 3'
	);
	await expect(page.locator('main')).not.toContainText('003_e19b15a5f720a5bc.txt');
	await citation.click();
	await expect(page).toHaveURL(/\/sources#source-003$/);
	await expect(page.locator('#source-003:target')).toContainText('Investing in our Future');
});

test('Save as scenario is not offered until a change, and the server refuses an empty one', async ({
	page
}) => {
	await page.goto('/structures/clt-2020');
	const saveAs = page.getByRole('button', { name: 'Save as scenario…' });
	await expect(saveAs).toBeDisabled();
	await expect(page.getByText('Make a change first')).toBeVisible();
	await expect(saveAs).toHaveAccessibleDescription('Make a change first');

	// The server says the same to a copy of clt-2020 version 1 with nothing changed.
	const base = await (await page.request.get('/api/structures/clt-2020')).json();
	const origin = new URL(page.url()).origin;
	const refused = await page.request.post('/api/structures', {
		headers: { origin },
		data: { name: 'Nothing changed', derivedFrom: 'clt-2020', structure: base.structure }
	});
	expect(refused.status()).toBe(422);
	expect((await refused.json()).message).toBe(
		'Make a change first: this is the same as Corporate Leadership Team, 2020, version 1, so there is nothing to save as a scenario.'
	);
});

test('the year calendar names each monthly meeting’s week by its days, never twice alike', async ({
	page
}) => {
	await page.goto('/structures/core-delivery-2021/governance');
	const year = page.locator('table#year-calendar');
	// The strategy group meets in the first week of each month (the 1st to the 7th); the
	// leadership group in the fourth (the 22nd to the 28th).
	const strategy = year.getByRole('row').filter({ hasText: 'Strategy group' });
	await expect(strategy.locator('td').first()).toContainText('1–7 Apr');
	await expect(strategy.locator('td').last()).toContainText('1–7 Mar');
	const leadership = year.getByRole('row').filter({ hasText: 'Leadership group' });
	await expect(leadership.locator('td').nth(1)).toContainText('22–28 May');
	await expect(year).not.toContainText('Week 1');
	for (const row of await year.locator('tbody tr').all()) {
		const cells = await row.locator('td [aria-hidden="true"]').allTextContents();
		const weekly = cells.filter((t) => /^\d/.test(t));
		expect(new Set(weekly).size).toBe(weekly.length);
	}
	await expect(page.locator('table#month-calendar thead')).toContainText('Week 1 (days 1–7)');
});
