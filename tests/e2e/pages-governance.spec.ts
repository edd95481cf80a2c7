import { expect, test } from './fixtures.ts';
import { meetingLoad } from '../../src/lib/analysis/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';

test('governance page for 2021 shows the four monthly groups in the calendar and the matrix', async ({
	page
}) => {
	const s = builtIn('core-delivery-2021');
	const load = meetingLoad(s);
	const groups = Object.values(s.meetings).filter(
		(m) => /group/i.test(m.name) && m.cadence === 'monthly'
	);
	// 003, section 4: strategy, performance, assurance and leadership groups, each monthly.
	expect(groups.map((m) => m.name.toLowerCase()).sort()).toEqual(
		expect.arrayContaining([
			expect.stringContaining('assurance'),
			expect.stringContaining('leadership'),
			expect.stringContaining('performance'),
			expect.stringContaining('strategy')
		])
	);

	await page.goto('/structures/core-delivery-2021/governance');
	await expect(page.getByRole('heading', { level: 2, name: 'Governance rhythm' })).toBeVisible();

	const matrix = page.locator('table#attendance-matrix');
	for (const g of groups)
		await expect(matrix.locator('thead th', { hasText: g.name })).toHaveCount(1);
	// One column a meeting, plus the post and hours columns.
	await expect(matrix.locator('thead th')).toHaveCount(load.meetings.length + 2);

	// The chair of the performance group is marked as chairing it, in words.
	const performance = groups.find((m) => /performance/i.test(m.name))!;
	if (performance.chair) {
		const col = load.meetings.findIndex((m) => m.meetingId === performance.id);
		const chairRow = matrix.getByRole('row').filter({
			has: page.getByRole('rowheader', { name: s.posts.get(performance.chair)!.title, exact: true })
		});
		await expect(chairRow.getByRole('cell').nth(col)).toContainText('Chairs');
	}

	// Each monthly group sits in the week of the month the model gives it.
	const calendar = page.locator('table#month-calendar');
	for (const g of groups.filter((m) => m.weekOfMonth)) {
		await expect(calendar.locator('tbody tr td').nth(g.weekOfMonth! - 1)).toContainText(g.name);
	}

	// Each meeting's people-hours as the core computes them.
	const loadTable = page.locator('table#meeting-load');
	await expect(loadTable.locator('tbody tr')).toHaveCount(load.meetings.length);

	await expectNoSeriousAxeViolations(page);
});

test('governance page for the 2020 CLT lists its meetings in the year calendar', async ({
	page
}) => {
	const s = builtIn('clt-2020');
	await page.goto('/structures/clt-2020/governance');
	const year = page.locator('table#year-calendar');
	await expect(year.locator('tbody tr')).toHaveCount(Object.keys(s.meetings).length);
	const quarterly = Object.values(s.meetings).find((m) => m.cadence === 'quarterly');
	if (quarterly) {
		const row = year.getByRole('row').filter({ hasText: quarterly.name });
		await expect(row.locator('td')).toHaveCount(4);
	}
	await expectNoSeriousAxeViolations(page);
});
