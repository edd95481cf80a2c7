import type { Structure } from '../model/types';
import { orgIndex } from './orgIndex';

export interface LayerReport {
	/** Number of layers, the CEO's included (a CEO alone is one layer). */
	count: number;
	/** Layer of each live post that reaches the CEO: the CEO is 1, its direct reports 2… */
	depthByPost: Record<string, number>;
	/** postsPerLayer[0] is the CEO's layer. */
	postsPerLayer: number[];
	/** Live posts that do not reach the CEO through reportsTo, so have no layer. */
	unplaced: string[];
}

/** Layers below the CEO, counted along line management. */
export function layers(s: Structure): LayerReport {
	const index = orgIndex(s);
	const depthByPost: Record<string, number> = {};
	const postsPerLayer = new Array<number>(index.maxDepth).fill(0);
	const unplaced: string[] = [];
	for (let i = 0; i < index.ids.length; i++) {
		const d = index.depth[i];
		if (d === 0) {
			unplaced.push(index.ids[i]);
			continue;
		}
		depthByPost[index.ids[i]] = d;
		postsPerLayer[d - 1]++;
	}
	return { count: index.maxDepth, depthByPost, postsPerLayer, unplaced };
}
