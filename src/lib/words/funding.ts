import { FUNDING_SOURCE_NAMES, FUNDING_SOURCES, type FundingSplit } from '../model/types';
import { formatDecimal } from './numbers';

/**
 * A funding split in words, share first, sources in their fixed order: "60% General Fund, 40%
 * Housing Revenue Account". A split with no shares is costed to the General Fund (analysis/cost),
 * so it reads "100% General Fund".
 */
export function fundingWords(split: FundingSplit): string {
	const parts = FUNDING_SOURCES.filter((f) => (split[f] ?? 0) > 0).map(
		(f) => `${formatDecimal(split[f]!)}% ${FUNDING_SOURCE_NAMES[f]}`
	);
	return parts.length ? parts.join(', ') : `100% ${FUNDING_SOURCE_NAMES.generalFund}`;
}
