/**
 * Editing in the browser without saving: drag a post to a new line manager on the graph, undo and
 * redo with the buttons and the keys, a refused move, and the side panel, Costs and Governance
 * forms. Every expected figure is computed here with the core on the same edit. Nothing is saved,
 * so these run against the shared server.
 */
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { meetingLoad, spanOfControl, structureCost } from '../../src/lib/analysis/index.ts';
import { applyEdit, type Edit } from '../../src/lib/editing/index.ts';
import type { Structure } from '../../src/lib/model/types.ts';
import { formatHours, formatMoney } from '../../src/lib/words/index.ts';
import { builtIn, expectNoSeriousAxeViolations } from './pages-helpers.ts';
import { dragPostOnto, nodeOnCanvas } from './edit-helpers.ts';

test.use({ viewport: { width: 1600, height: 1000 } });

const ID = 'core-delivery-2021-md-to-ceo';
const MD = 'md-city-operations';
const PURPOSE = 'pd-places';

function edited(s: Structure, edit: Edit): Structure {
	const r = applyEdit(s, edit);
	if (!r.ok) throw new Error(r.error);
	return r.structure;
}

const ceoSpan = (page: Page) => page.locator('[data-figure="ceo-span"] dd');

test('dragging Managing Director: City Operations onto the Purpose Director for Places takes the CEO span from 10 to 9; undo and redo with buttons and keys', async ({
	page
}) => {
	const s = builtIn(ID);
	const after = edited(s, { type: 'movePost', postId: MD, newManagerId: PURPOSE });
	const before = spanOfControl(s).ceo;
	const moved = spanOfControl(after).ceo;
	// Ten direct reports without the office (003, Appendix A section 3), nine once one MD moves.
	expect(before.span).toBe(10);
	expect(moved.span).toBe(9);

	await page.goto(`/structures/${ID}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	await expect(ceoSpan(page)).toContainText(
		`${before.span} (${before.spanWithOffice} with office)`
	);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

	await dragPostOnto(page, MD, PURPOSE);
	await expect(ceoSpan(page)).toContainText(`${moved.span} (${moved.spanWithOffice} with office)`);
	await expect(page.getByRole('status')).toContainText(
		`${s.posts.get(MD)!.title} now reports to ${s.posts.get(PURPOSE)!.title} (was ${s.posts.get(s.ceo)!.title})`
	);
	await expect(page.locator('.save-state')).toHaveText('Unsaved changes');

	// The buttons.
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(ceoSpan(page)).toContainText(`${before.span} (`);
	await expect(page.locator('.save-state')).toHaveText('No unsaved changes');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(ceoSpan(page)).toContainText(`${moved.span} (`);

	// The keys: Ctrl+Z, Ctrl+Shift+Z, and Ctrl+Y (focus on the page, not in a field).
	await page.locator('h1').click();
	await page.keyboard.press('Control+z');
	await expect(ceoSpan(page)).toContainText(`${before.span} (`);
	await page.keyboard.press('Control+Shift+z');
	await expect(ceoSpan(page)).toContainText(`${moved.span} (`);
	await page.keyboard.press('Control+z');
	await expect(ceoSpan(page)).toContainText(`${before.span} (`);
	await page.keyboard.press('Control+y');
	await expect(ceoSpan(page)).toContainText(`${moved.span} (`);

	// While typing in a field, Ctrl+Z is the field's own: the structure stays as it is.
	const search = page.getByRole('searchbox', { name: 'Find a post or service' });
	await search.fill('parking');
	await search.press('Control+z');
	await expect(ceoSpan(page)).toContainText(`${moved.span} (`);
	await expectNoSeriousAxeViolations(page);
});

test('a refused drag says why, changes nothing and puts the post back', async ({ page }) => {
	const s = builtIn(ID);
	// Moving the Managing Director under one of its own reports would make a loop.
	const report = [...s.posts.values()].find((p) => p.reportsTo === MD)!;
	const refusal = applyEdit(s, { type: 'movePost', postId: MD, newManagerId: report.id });
	expect(refusal.ok).toBe(false);
	const message = refusal.ok ? '' : refusal.error;

	await page.goto(`/structures/${ID}/graph`);
	await expect(page.locator('.graph[data-ready="true"]')).toBeAttached();
	// On the graph's canvas: the message that appears above the graph moves the page, not the post
	// (measured with the whole graph in view, as the drag sees it).
	await page.getByRole('button', { name: 'Fit all' }).click();
	const home = await nodeOnCanvas(page, MD);
	await dragPostOnto(page, MD, report.id);
	await expect(page.getByRole('alert')).toContainText(message);
	await expect(ceoSpan(page)).toContainText(`${spanOfControl(s).ceo.span} (`);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
	await expect(page.locator('.save-state')).toHaveText('No unsaved changes');
	const back = await nodeOnCanvas(page, MD);
	expect(Math.abs(back.x - home.x)).toBeLessThan(1);
	expect(Math.abs(back.y - home.y)).toBeLessThan(1);
});

test('the side panel moves a post, regrades it and adds a post under it, each one undo step', async ({
	page
}) => {
	const s = builtIn(ID);
	const moved = edited(s, { type: 'movePost', postId: MD, newManagerId: PURPOSE });
	const cheaper = Object.values(s.grades).find((g) => g.id !== s.posts.get(MD)!.grade)!;
	const regraded = edited(moved, { type: 'regradePost', postId: MD, grade: cheaper.id });

	await page.goto(`/structures/${ID}/graph?post=${MD}`);
	const panel = page.getByRole('complementary', { name: 'Selected post' });
	await panel.getByLabel('Reports to').selectOption(PURPOSE);
	await panel.getByRole('button', { name: 'Move post' }).click();
	await expect(ceoSpan(page)).toContainText(`${spanOfControl(moved).ceo.span} (`);

	await panel.getByLabel('Grade', { exact: true }).first().selectOption(cheaper.id);
	await panel.getByRole('button', { name: 'Apply' }).click();
	await expect(page.locator('[data-figure="cost"] dd')).toHaveText(
		formatMoney(structureCost(regraded).total)
	);

	await panel.getByLabel('Title of the new post').fill('Head of Street Trading');
	await panel.getByRole('button', { name: 'Add post' }).click();
	await expect(page.locator('[data-figure="posts"] dd')).toHaveText(String(s.posts.size + 1));
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Head of Street Trading');

	// Three steps back to where it began.
	for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Undo' }).click();
	await expect(ceoSpan(page)).toContainText(`${spanOfControl(s).ceo.span} (`);
	await expect(page.locator('[data-figure="cost"] dd')).toHaveText(
		formatMoney(structureCost(s).total)
	);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('an assumption changed on the Costs page reprices every post at once', async ({ page }) => {
	const s = builtIn(ID);
	const after = edited(s, { type: 'setAssumption', key: 'employerPensionRate', value: 0.2 });
	await page.goto(`/structures/${ID}/costs`);
	await expect(page.locator('#costs-total')).toHaveText(formatMoney(structureCost(s).total));
	await page.getByText('Change an assumption').click();
	// From the start of the name: each year of the plan has its own pension rate (2022/23: employer…).
	const field = page.getByRole('spinbutton', {
		name: new RegExp(`^${s.assumptions.employerPensionRate.label}`)
	});
	await field.fill('20');
	await page
		.getByRole('form', { name: `Change ${s.assumptions.employerPensionRate.label}` })
		.getByRole('button', { name: 'Set' })
		.click();
	await expect(page.locator('#costs-total')).toHaveText(formatMoney(structureCost(after).total));
	await expect(page.locator('[data-figure="cost"] dd')).toHaveText(
		formatMoney(structureCost(after).total)
	);
	// A rate out of range is refused with the core's message, and nothing changes.
	await field.fill('140');
	await page
		.getByRole('form', { name: `Change ${s.assumptions.employerPensionRate.label}` })
		.getByRole('button', { name: 'Set' })
		.click();
	await expect(page.getByRole('alert')).toContainText('is a rate held as a fraction from 0 to 1');
	await expect(page.locator('#costs-total')).toHaveText(formatMoney(structureCost(after).total));
});

test('a monthly meeting made fortnightly on the Governance page changes the hours it takes', async ({
	page
}) => {
	const s = builtIn(ID);
	const monthly = Object.values(s.meetings).find((m) => m.cadence === 'monthly')!;
	const after = edited(s, {
		type: 'updateMeeting',
		meetingId: monthly.id,
		changes: { cadence: 'fortnightly' }
	});
	const total = (x: Structure) => formatHours(meetingLoad(x).peopleHoursPerMonth);
	expect(total(after)).not.toBe(total(s));

	await page.goto(`/structures/${ID}/governance`);
	await expect(page.locator('.lede')).toContainText(total(s));
	await page.locator('summary', { hasText: monthly.name }).first().click();
	const form = page.getByRole('form', { name: `Change ${monthly.name}` });
	await form.getByLabel('Meets').selectOption('fortnightly');
	await form.getByRole('button', { name: 'Change meeting' }).click();
	await expect(page.locator('.lede')).toContainText(total(after));
	await page.keyboard.press('Control+z');
	// The focus is on the button, not in a field, so the key undoes the change.
	await expect(page.locator('.lede')).toContainText(total(s));
});

test('the panel moves a service, adds and removes a link, and sets a funding split and dates', async ({
	page
}) => {
	const s = builtIn(ID);
	const service = Object.values(s.services).find((sv) => s.units[sv.unit]?.head)!;
	const head = s.units[service.unit].head!;
	const otherUnit = Object.values(s.units).find((u) => u.id !== service.unit && !u.external)!;
	const body = Object.values(s.bodies)[0];
	const say = (x: Structure, edit: Edit) => {
		const r = applyEdit(x, edit);
		if (!r.ok) throw new Error(r.error);
		return { structure: r.structure, description: r.description };
	};
	const status = page.locator('.edit-status [role="status"]');

	await page.goto(`/structures/${ID}/graph?post=${head}`);
	const panel = page.getByRole('complementary', { name: 'Selected post' });

	const moved = say(s, { type: 'moveService', serviceId: service.id, unitId: otherUnit.id });
	await panel.getByLabel('Service', { exact: true }).selectOption(service.id);
	await panel.getByLabel('Move to unit').selectOption(otherUnit.id);
	await panel.getByRole('button', { name: 'Move service' }).click();
	await expect(status).toContainText(moved.description);

	const linked = say(moved.structure, {
		type: 'addLink',
		link: { type: 'supports', from: head, to: body.id }
	});
	await panel.getByLabel('Link type').selectOption('supports');
	await panel.getByLabel('The other end').selectOption(body.id);
	await panel.getByRole('button', { name: 'Add link' }).click();
	await expect(status).toContainText(linked.description);
	const remove = panel.getByRole('button', {
		name: `Remove link: ${s.posts.get(head)!.title} supports ${body.name}`
	});
	await expect(remove).toBeVisible();
	await remove.click();
	await expect(remove).toHaveCount(0);

	const funded = say(linked.structure, {
		type: 'setPostFunding',
		postId: head,
		funding: { generalFund: 60, hra: 40 }
	});
	await panel.getByLabel('Use the structure’s default split').uncheck();
	await panel.getByLabel('General Fund %').fill('60');
	await panel.getByLabel('Housing Revenue Account %').fill('40');
	await panel.getByRole('button', { name: 'Set funding' }).click();
	await expect(status).toContainText(funded.description);

	// Shares that do not add up are refused, with the core's words.
	await panel.getByLabel('Housing Revenue Account %').fill('30');
	await panel.getByRole('button', { name: 'Set funding' }).click();
	await expect(page.getByRole('alert')).toContainText('funding shares sum to 90, not 100');

	// The form keeps the start date the post has and sets its end.
	const start = s.posts.get(head)!.start;
	const dated = say(funded.structure, {
		type: 'setPostDates',
		postId: head,
		...(start ? { start } : {}),
		end: '2022-03-31'
	});
	await panel.getByLabel(/^Ends/).fill('2022-03-31');
	await panel.getByRole('button', { name: 'Set dates' }).click();
	await expect(status).toContainText(dated.description);
});
