import type { ChartDatum } from './datum.ts';

/**
 * Posts per layer as columns. Layer 1 is the Chief Executive's own layer, so a chart of the
 * 2020 CLT starts with a single post and the next column is the CEO's direct reports.
 *
 * @param postsPerLayer from layers(...).postsPerLayer, index 0 = the CEO's layer
 */
export function toLayerColumns(postsPerLayer: readonly number[]): ChartDatum[] {
	return postsPerLayer.map((posts, i) => {
		const layer = i + 1;
		const count = posts === 1 ? '1 post' : `${posts} posts`;
		const name = layer === 1 ? 'Layer 1 (Chief Executive)' : `Layer ${layer}`;
		return {
			key: String(layer),
			label: String(layer),
			value: posts,
			valueText: String(posts),
			description: `${name}: ${count}`
		};
	});
}
