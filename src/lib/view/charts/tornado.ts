import type { CostSensitivity } from '$lib/analysis';
import { formatMoneyChange } from '$lib/words';

/** One driver of the tornado chart: its figure at the lower and the higher setting. */
export interface TornadoBar {
	key: string;
	/** The driver in full, as the core words it. */
	label: string;
	/** The part before the first colon, short enough for the chart's label column. */
	short: string;
	low: number;
	high: number;
	lowText: string;
	highText: string;
	lowSetting: string;
	highSetting: string;
	/** high − low, as a change: "+£216,695". */
	swingText: string;
}

export interface TornadoView {
	modelled: number;
	modelledText: string;
	range: { low: number; high: number; lowText: string; highText: string };
	stated: number | null;
	statedText: string | null;
	/** Where the stated figure sits, in a sentence. */
	placementWords: string;
	bars: TornadoBar[];
	/** The smallest and largest figure any bar, the range or the stated figure reaches. */
	extent: [number, number];
}

/**
 * The revenue change's range and its drivers (costSensitivity), largest swing first, in the shape
 * the tornado chart and its table read. Pure: the numbers come from the core, only words here.
 */
export function toTornado(s: CostSensitivity): TornadoView {
	const money = formatMoneyChange;
	const bars = s.drivers.map((d) => ({
		key: d.key,
		label: d.label,
		short: d.label.split(':')[0],
		low: d.low,
		high: d.high,
		lowText: money(d.low),
		highText: money(d.high),
		lowSetting: d.lowSetting,
		highSetting: d.highSetting,
		swingText: money(d.high - d.low)
	}));
	const range = {
		low: s.range.low,
		high: s.range.high,
		lowText: money(s.range.low),
		highText: money(s.range.high)
	};
	const statedText = s.stated === null ? null : money(s.stated);
	const within = `${range.lowText} to ${range.highText}`;
	const placementWords =
		s.stated === null
			? `With every driver at its lower or its higher setting, the change runs from ${within}; no figure is stated to set against it.`
			: s.statedPlacement === 'within'
				? `The stated ${statedText} lies within the range ${within}: every driver at its lower setting gives ${range.lowText}, at its higher ${range.highText}.`
				: `The stated ${statedText} lies ${s.statedPlacement} the range ${within}.`;
	const values = [
		s.modelled,
		range.low,
		range.high,
		...bars.flatMap((b) => [b.low, b.high]),
		...(s.stated === null ? [] : [s.stated])
	];
	return {
		modelled: s.modelled,
		modelledText: money(s.modelled),
		range,
		stated: s.stated,
		statedText,
		placementWords,
		bars,
		extent: [Math.min(...values), Math.max(...values)]
	};
}
