/**
 * A small establishment and a senior option to lay over it, for the tests of applying a senior
 * option (establishment/applySeniorOption, seniorOptionPlan, suggestSeniorMapping). Costs and
 * spans of both are worked out by hand in those tests.
 */
import { makeStructure, post, unit } from './structure';

/**
 * An establishment of 19 posts: a Chief Executive (E0), two directors (D1 Adult Social Care, D2
 * Housing), two heads of service under each (H1–H4) and three staff under each head (S1–S12).
 */
export function establishment() {
	const posts = [
		post('E0', 'Chief Executive', { grade: 'chief-executive', unit: 'council' }),
		post('D1', 'Director of Adult Social Care', { reportsTo: 'E0', unit: 'adults' }),
		post('D2', 'Director of Housing', { reportsTo: 'E0', unit: 'housing' })
	];
	for (let h = 1; h <= 4; h++) {
		const u = h <= 2 ? 'adults' : 'housing';
		posts.push(
			post(`H${h}`, `Head of Service ${h}`, {
				grade: 'head-of-service',
				reportsTo: h <= 2 ? 'D1' : 'D2',
				unit: u
			})
		);
		for (let k = 1; k <= 3; k++) {
			const n = (h - 1) * 3 + k;
			posts.push(
				post(`S${n}`, `Officer ${n}`, { grade: 'head-of-service', reportsTo: `H${h}`, unit: u })
			);
		}
	}
	return makeStructure({
		id: 'establishment',
		name: 'The establishment',
		ceo: 'E0',
		posts,
		units: [
			unit('council', 'Council'),
			unit('adults', 'Adults', { head: 'D1' }),
			unit('housing', 'Housing', { head: 'D2' })
		]
	});
}

/** The option: a Chief Executive, two Managing Directors and a Purpose Director (4 posts). */
export function option() {
	return makeStructure({
		id: 'option',
		name: 'The option',
		ceo: 'ce',
		date: '2021-04-01',
		units: [unit('core', 'Council Core')],
		posts: [
			post('ce', 'Chief Executive', { grade: 'chief-executive', unit: 'core' }),
			post('md-care', 'Managing Director: Adult Care', {
				reportsTo: 'ce',
				unit: 'core',
				director: true
			}),
			post('md-homes', 'Managing Director: Housing and Homes', {
				reportsTo: 'ce',
				unit: 'core',
				director: true
			}),
			post('pd-purpose', 'Purpose Director', { reportsTo: 'ce', unit: 'core', director: true })
		]
	});
}
