/**
 * The built-in structures in models/, loaded once for the tests that check them: the 2020 CLT, the
 * 2021 proposal and its options for where the Managing Directors report.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadModelFiles } from '../model/loadFiles';
import type { Structure } from '../model/types';

const MODELS_DIR = fileURLToPath(new URL('../../../models/', import.meta.url));
export const IDS = [
	'clt-2020',
	'core-delivery-2021',
	'core-delivery-2021-md-to-ceo',
	'core-delivery-2021-md-to-purpose',
	'core-delivery-2021-md-to-city-management',
	'core-delivery-2021-development-led-by-md',
	'core-delivery-2021-all-directors-appendix-a'
] as const;
export type Id = (typeof IDS)[number];

export const loaded = loadModelFiles(
	IDS.map((id) => `${id}.yaml`),
	{ baseDir: MODELS_DIR }
);
export const byId = Object.fromEntries(loaded.structures.map((s) => [s.id, s])) as Record<
	Id,
	Structure
>;
/** A model file's text as written. */
export const raw = (id: Id) => readFileSync(`${MODELS_DIR}${id}.yaml`, 'utf8');

/** Direct reports of the top post, by line management (reportsTo) alone. */
export function ceoReports(s: Structure): { withoutOffice: string[]; withOffice: string[] } {
	const reports = [...s.posts.values()].filter((p) => p.reportsTo === s.ceo);
	return {
		withoutOffice: reports
			.filter((p) => !p.office)
			.map((p) => p.id)
			.sort(),
		withOffice: reports.map((p) => p.id).sort()
	};
}

export const MANAGING_DIRECTORS = [
	'md-city-operations',
	'md-city-housing',
	'md-city-municipal-development',
	'md-city-help-support',
	'md-city-life-courses'
];
export const CORE_REPORTS_2021 = [
	'commonwealth-games-director',
	'director-city-management',
	'director-partnership-participation-equality',
	'pd-city-futures',
	'pd-places'
];
