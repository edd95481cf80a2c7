/** A derived structure that keeps its base's posts and cost, said in words for the library. */
import { formatNumber, listInWords } from './numbers';

export interface SameCostCounts {
	reportingLines: number;
	remits: number;
	otherPosts: number;
}

const counted = (n: number, one: string, many: string) =>
	`${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * "Same posts and cost as Council Core and Delivery Functions, 2021: only 5 reporting lines and
 * 1 remit differ."
 */
export function sameCostWords(baseName: string, d: SameCostCounts): string {
	const parts = [
		d.reportingLines ? counted(d.reportingLines, 'reporting line', 'reporting lines') : '',
		d.remits ? counted(d.remits, 'remit', 'remits') : '',
		d.otherPosts ? counted(d.otherPosts, 'other post detail', 'other post details') : ''
	].filter(Boolean);
	if (!parts.length) return `Same posts, reporting lines and cost as ${baseName}.`;
	const one = parts.length === 1 && /^1 /.test(parts[0]);
	return `Same posts and cost as ${baseName}: only ${listInWords(parts)} ${one ? 'differs' : 'differ'}.`;
}
