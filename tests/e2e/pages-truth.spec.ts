/**
 * The structure on a day, the plan and how sure: the date control in the structure header, the
 * cost across the plan on the costs page, and the range and tornado chart on compare. Figures are
 * written out by hand from the models (models/core-delivery-2021.yaml) and the CLI.
 */
import { expect, test } from './fixtures.ts';
import { expectNoSeriousAxeViolations } from './pages-helpers.ts';

const SHOTS = '/tmp/shots-truth';

test('the date control shows the 2021 structure on 1 December 2021, and the day survives the tabs', async ({
	page
}) => {
	await page.goto('/structures/core-delivery-2021');
	// With no date: the model as it is, no day note.
	await expect(page.getByTestId('day-in-view')).toHaveCount(0);

	await page.getByLabel('Structure on').fill('2021-12-01');
	await page.getByRole('button', { name: 'Show', exact: true }).click();
	await expect(page).toHaveURL(/\?at=2021-12-01$/);
	await expect(page.getByTestId('day-in-view')).toContainText(
		'The structure in force on 1 December 2021'
	);
	// The Managing Director of City Life Courses starts on 1 April 2022: until then the outgoing
	// Director of Adult Social Care, an interim post, holds the DASS role.
	const dass = page.locator('[data-role="Director of Adult Social Services"]');
	await expect(dass.locator('dd')).toHaveText(
		'Director of Adult Social Care (Director of Adult Social Services until City Life Courses starts)'
	);
	await expect(page.locator('[data-role="Director of Children’s Services"] dd')).toHaveText(
		'Purpose Director: City Futures'
	);

	// The tabs keep the day; the accountability page shows the interim head of City and
	// Municipal Development (the Managing Director starts on 1 January 2022).
	await page
		.getByRole('navigation', { name: 'Views of this structure' })
		.getByRole('link', { name: 'Accountability' })
		.click();
	await expect(page).toHaveURL(/\/accountability\?at=2021-12-01$/);
	await expect(page.getByTestId('day-in-view')).toBeVisible();
	await expect(
		page.getByText(
			'Head: Director of Inclusive Growth (until City and Municipal Development starts)'
		)
	).toBeVisible();
	// The corrected model leaves no statutory role without a holder.
	await expect(page.getByTestId('statutory-gaps')).toContainText(
		'No gaps: every statutory role has a holder on every day from 19 January 2021 to 31 March 2024.'
	);
	await expectNoSeriousAxeViolations(page);

	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await page.getByLabel('Structure on').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/date-control-${w}.png` });
	}

	// Back to the model as it is: no day, and editing allowed again.
	await page.getByRole('link', { name: 'Show the model as it is' }).click();
	await expect(page).toHaveURL(/\/accountability$/);
	await expect(page.getByTestId('day-in-view')).toHaveCount(0);
});

test('the overview lists the changes in waves, each a link to its day', async ({ page }) => {
	await page.goto('/structures/core-delivery-2021');
	const waves = page.getByTestId('waves');
	await expect(waves.locator(':scope > li')).toHaveCount(7);
	const april = waves.locator(':scope > li', { hasText: '1 April 2022' });
	await expect(april).toContainText('Managing Director: City Life Courses starts');
	await april.getByRole('link', { name: 'Show the structure on 1 April 2022' }).click();
	await expect(page).toHaveURL(/\?at=2022-04-01$/);
	await expect(page.locator('[data-role="Director of Adult Social Services"] dd')).toHaveText(
		'Managing Director: City Life Courses'
	);
});

test('the costs page costs the 2021 model in each year of the plan', async ({ page }) => {
	await page.goto('/structures/core-delivery-2021/costs');
	const plan = page.getByTestId('plan-years');
	await expect(plan.locator('tbody tr')).toHaveCount(5);
	const row = (year: string) =>
		plan.getByRole('row').filter({ has: page.getByRole('rowheader', { name: year }) });
	// 2022/23: two awards of 2.75% on 2020/21 pay (1.0275² ≈ 1.0558), NI 14.53% above £9,100.
	await expect(row('2022/23')).toContainText('×1.0558');
	await expect(row('2022/23')).toContainText('14.53%');
	await expect(row('2022/23')).toContainText('£9,100');
	await expect(row('2022/23').getByRole('cell').last()).toHaveText('£5,151,611');
	await expect(row('2021/22').getByRole('cell').last()).toHaveText('£4,263,598');
	await expect(row('2025/26').getByRole('cell').last()).toHaveText('£5,340,565');
	// The pay award is the modeller's choice, labelled so; the NI rate is public record.
	await expect(row('2021/22').getByRole('cell').nth(0)).toContainText('assumption');
	await expect(row('2021/22').getByRole('cell').nth(2)).not.toContainText('assumption');

	// A source post with an assumed grade and start date carries both labels.
	const lead = page.locator('table#post-costs tbody tr').filter({
		has: page.getByRole('rowheader', {
			name: 'Director of Partnership, Participation and Equality',
			exact: true
		})
	});
	await expect(lead).toContainText('Source');
	await expect(lead).toContainText('Assumed: grade');
	await expect(lead).toContainText('Assumed: start date');
});

test('compare places the stated +£510,000 in the range and ranks the drivers', async ({ page }) => {
	await page.goto('/compare?a=clt-2020&b=core-delivery-2021');
	await expect(page.getByTestId('cost-range')).toContainText(
		'The stated +£510,000 lies within the range +£195,621 to +£804,981'
	);
	const drivers = page.getByTestId('drivers-table');
	await expect(drivers.locator('tbody tr')).toHaveCount(6);
	const dev = drivers.locator('tbody tr').nth(1);
	await expect(dev.getByRole('rowheader')).toContainText('Director of Development');
	// Without the separate post the change is £188,070 less: +£349,052 to +£537,121.
	await expect(dev.getByRole('cell')).toHaveText([
		'+£349,052',
		'without it',
		'+£537,121',
		'with it',
		'+£188,070'
	]);
	await expect(drivers.locator('tbody tr').first().getByRole('rowheader')).toContainText(
		'Which posts go'
	);
	await expect(page.getByTestId('plan-change').locator('tbody tr').first()).toContainText(
		'+£270,015'
	);
	await expectNoSeriousAxeViolations(page);

	const chart = page.getByRole('img', { name: /What moves the revenue cost change/ });
	for (const [w, h] of [
		[1920, 1080],
		[1280, 720]
	]) {
		await page.setViewportSize({ width: w, height: h });
		await chart.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/tornado-${w}.png` });
	}
});
