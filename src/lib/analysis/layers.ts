import type { Structure } from '../model/types';
import { lazyProperty, memoisePerStructure } from './memo';
import { orgIndex } from './orgIndex';

export interface LayerReport {
	/** Number of layers, the CEO's included (a CEO alone is one layer). */
	count: number;
	/**
	 * Layer of each live post that reaches the CEO: the CEO is 1, its direct reports 2… Built on
	 * first read (a record of every post is the costly part on a large establishment); the same
	 * figures are in orgIndex(s).depth by position.
	 */
	depthByPost: Record<string, number>;
	/** postsPerLayer[0] is the CEO's layer. */
	postsPerLayer: number[];
	/** Live posts that do not reach the CEO through reportsTo, so have no layer. */
	unplaced: string[];
}

/** Layers below the CEO, counted along line management. Memoised per structure (read-only). */
export const layers: (s: Structure) => LayerReport = memoisePerStructure(computeLayers);

function computeLayers(s: Structure): LayerReport {
	const index = orgIndex(s);
	const postsPerLayer = new Array<number>(index.maxDepth).fill(0);
	const unplaced: string[] = [];
	for (let i = 0; i < index.ids.length; i++) {
		const d = index.depth[i];
		if (d === 0) unplaced.push(index.ids[i]);
		else postsPerLayer[d - 1]++;
	}
	const report = { count: index.maxDepth, postsPerLayer, unplaced };
	return lazyProperty(report, 'depthByPost', () => {
		const depthByPost: Record<string, number> = {};
		for (let i = 0; i < index.ids.length; i++)
			if (index.depth[i] !== 0) depthByPost[index.ids[i]] = index.depth[i];
		return depthByPost;
	});
}
