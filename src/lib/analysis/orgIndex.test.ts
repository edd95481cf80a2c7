import { describe, expect, it } from 'vitest';
import { coreDelivery2021 } from '$lib/testing/councils';
import { ancestors, directReports, lowestCommonManager, orgIndex } from './orgIndex';
import { spanOfControl } from './spanOfControl';

describe('orgIndex', () => {
	it('orgIndex gives children, ancestors and layers along reportsTo', () => {
		const s = coreDelivery2021();
		const index = orgIndex(s);
		expect(index.ids).toHaveLength(11);
		expect(index.maxDepth).toBe(3);
		expect(directReports(index, 'pd-places')).toEqual(['md-city-operations', 'md-city-housing']);
		expect(ancestors(index, 'md-city-housing')).toEqual(['pd-places', 'ceo']);
		expect(ancestors(index, 'ceo')).toEqual([]);
		expect(lowestCommonManager(index, 'md-city-operations', 'md-city-housing')).toBe('pd-places');
		expect(lowestCommonManager(index, 'md-city-operations', 'md-city-life-courses')).toBe('ceo');
		// A post is its own ancestor: the Purpose Director manages the MD directly.
		expect(lowestCommonManager(index, 'pd-city-futures', 'md-city-life-courses')).toBe(
			'pd-city-futures'
		);
		expect(lowestCommonManager(index, 'pd-places', 'nobody')).toBeUndefined();
	});

	it('orgIndex is built once per structure object and anew for a new snapshot', () => {
		const s = coreDelivery2021();
		expect(orgIndex(s)).toBe(orgIndex(s));
		const edited = {
			...s,
			posts: { ...s.posts, 'md-city-housing': { ...s.posts['md-city-housing'], reportsTo: 'ceo' } }
		};
		expect(orgIndex(edited)).not.toBe(orgIndex(s));
		expect(spanOfControl(s).ceo.span).toBe(4);
		expect(spanOfControl(edited).ceo.span).toBe(5);
	});

	it('memoised reports are read-only, so sorting one in place fails loudly', () => {
		const report = spanOfControl(coreDelivery2021());
		expect(Object.isFrozen(report.managers)).toBe(true);
		expect(() => report.managers.sort((a, b) => a.span - b.span)).toThrow(TypeError);
		// A copy sorts.
		expect([...report.managers].sort((a, b) => b.span - a.span)[0].postId).toBe('ceo');
	});
});
