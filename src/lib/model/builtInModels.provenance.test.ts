import { describe, expect, it } from 'vitest';
import { byId, ceoReports, loaded } from '../testing/builtInModels';
import type { Provenance, Structure } from './types';

// Every record in the built-in structures says where it comes from.
describe('built-in models', () => {
	it('every record in every structure has a complete provenance', () => {
		const problems: string[] = [];
		const check = (s: Structure, where: string, p: Provenance | undefined) => {
			if (!p) return problems.push(`${s.id} ${where}: no provenance`);
			const ok =
				(p.kind === 'source' && s.sources.includes(p.file) && p.section.trim() !== '') ||
				(p.kind === 'public-record' && p.record.trim() !== '') ||
				((p.kind === 'assumption' || p.kind === 'reconstruction') && p.note.trim() !== '');
			if (!ok) problems.push(`${s.id} ${where}: incomplete ${JSON.stringify(p)}`);
		};
		let records = 0;
		for (const s of loaded.structures) {
			for (const [id, post] of s.posts) {
				records++;
				check(s, `posts.${id}`, post.provenance);
			}
			for (const key of [
				'units',
				'services',
				'bodies',
				'links',
				'meetings',
				'grades',
				'oneOffCosts'
			] as const) {
				for (const [id, rec] of Object.entries(s[key])) {
					records++;
					check(s, `${key}.${id}`, rec.provenance);
				}
			}
			for (const [id, p] of Object.entries(s.interimPosts ?? {}))
				check(s, `interimPosts.${id}`, p.provenance);
			for (const [id, m] of Object.entries(s.meetings))
				if (m.cadenceProvenance) check(s, `meetings.${id}.cadence`, m.cadenceProvenance);
			for (const [key, a] of Object.entries(s.assumptions))
				check(s, `assumptions.${key}`, a.provenance);
			check(s, 'defaultFunding', s.defaultFunding.provenance);
			if (s.statedCostChange) check(s, 'statedCostChange', s.statedCostChange.provenance);
		}
		expect(problems).toEqual([]);
		expect(records).toBeGreaterThan(5 * 100);
	});

	it('the 2020 ten say post by post whether they come from the sources or are reconstructed', () => {
		const s = byId['clt-2020'];
		const kinds = Object.fromEntries(
			ceoReports(s).withoutOffice.map((id) => [id, s.posts.get(id)!.provenance.kind])
		);
		// Only the Commonwealth Games Director's line to the CEO is stated in 003.
		expect(kinds['commonwealth-games-director']).toBe('source');
		expect(Object.values(kinds).filter((k) => k === 'reconstruction')).toHaveLength(9);
	});
});
