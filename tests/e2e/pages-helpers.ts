/**
 * Shared by the pages-*.spec.ts browser tests: the built-in models loaded through the real
 * loader, so the tests compare what the page shows with what the core computes, and an axe scan
 * that fails on serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { loadBuiltInModels } from '../../src/lib/model/index.ts';
import type { Structure } from '../../src/lib/model/types.ts';

let models: Structure[] | undefined;

export function builtIn(id: string): Structure {
	models ??= loadBuiltInModels();
	const s = models.find((m) => m.id === id);
	if (!s) throw new Error(`No built-in model '${id}'; have ${models.map((m) => m.id).join(', ')}`);
	return s;
}

export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	expect(serious, serious.join('\n')).toEqual([]);
}
