import { deliveryFunctions, runChecks } from '$lib/analysis';
import type { Structure } from '$lib/model/types';
import {
	ACCOUNTABILITY_COLUMNS,
	toAccountabilityMatrix,
	type AccountabilityCell
} from '$lib/view/charts/accountability';
import { formatNumber, citeSourceText } from '$lib/words';
import type { AccountabilitySlide, Figure } from './types';

// On the projector "Cabinet Members (portfolio holders)" reads as "Cabinet Members".
const short = (name: string) => name.replace(/\s*\([^)]*\)/g, '');

function cellText(c: AccountabilityCell): string {
	if (c.notApplicable) return 'Not line managed (external)';
	if (c.gap) return '✗ None';
	return c.names.map(short).join(', ');
}

/**
 * Slide 6: the accountability routes of each Delivery Function: who sets its purpose, who line
 * manages its head, where it is held to account and assured, and its member interface.
 */
export function accountabilitySlide(b: Structure): AccountabilitySlide {
	const checks = runChecks(b);
	const rows = toAccountabilityMatrix(b, deliveryFunctions(b), checks);
	const routes = rows.map((r) => ({
		unitId: r.unitId,
		name: r.name,
		purpose: cellText(r.cells.purposeSetter),
		// Where the purpose-setter is also the line manager, say so: it is the point 003 argues.
		line:
			!r.cells.lineManager.gap &&
			r.cells.lineManager.names.join() === r.cells.purposeSetter.names.join()
				? 'The purpose-setter'
				: cellText(r.cells.lineManager),
		performance: cellText(r.cells.performance),
		assurance: cellText(r.cells.assurance),
		members: cellText(r.cells.memberInterface),
		gaps: ACCOUNTABILITY_COLUMNS.filter((col) => r.cells[col.key].gap).map((col) => col.label)
	}));
	const complete = routes.filter((r) => r.gaps.length === 0).length;
	const delivery = checks.filter((c) => c.key.startsWith('delivery.'));
	const passed = delivery.filter((c) => c.passed).length;
	const figure: Figure = {
		key: 'routes-complete',
		value: `${formatNumber(complete)} of ${formatNumber(routes.length)}`,
		label: 'Delivery Functions with every route in place',
		detail: `${formatNumber(passed)} of ${formatNumber(delivery.length)} delivery checks pass`,
		rule: 'Each Delivery Function has one purpose-setter, an assurance route and a member interface',
		verdict: complete === routes.length ? 'meets' : 'misses',
		verdictText:
			complete === routes.length
				? '✓ No gaps'
				: `✗ ${formatNumber(routes.length - complete)} with a gap`
	};
	return {
		id: 'accountability',
		title: 'Accountability routes',
		subtitle:
			'Purpose from the Core, performance and assurance through the monthly groups, members directly',
		figures: [figure],
		routes,
		notes: [
			`${figure.value} ${figure.label}; ${figure.detail}.`,
			`${citeSourceText('003', 'section 4', '3.4.3')}: Cabinet Members and Scrutiny Chairs relate directly to the Purpose Directors and the relevant Managing Directors; the performance and assurance groups run monthly.`,
			...routes
				.filter((r) => r.gaps.length)
				.map((r) => `${r.name} has no ${r.gaps.join(', ').toLowerCase()}.`)
		]
	};
}
