import type { PostBox, PostChart } from './postChart.ts';

/**
 * The one SVG writer for org charts: the document frame, escaping and number format every drawing
 * shares, the printed post chart (the JNC report, the deck) and, through the same pieces, the graph
 * page's export (`view/svg.ts` maps its node kinds and link styles onto them).
 */

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** A coordinate to one decimal place: enough for print, and short markup. */
export function num(v: number): string {
	return String(Math.round(v * 10) / 10);
}

/** A polyline's or polygon's points attribute. */
export function svgPoints(points: readonly (readonly [number, number])[]): string {
	return points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

export interface SvgFrame {
	/** The drawing's extent in user units. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Other attributes of the <svg> element, already escaped. */
	attributes: string;
}

/** The opening <svg> tag, its viewBox and size matching the extent. */
export function svgOpen(f: SvgFrame): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(f.x)} ${num(f.y)} ${num(f.width)} ${num(f.height)}"` +
		` width="${num(f.width)}" height="${num(f.height)}"${f.attributes}>`
	);
}

/**
 * SVG markup for a post chart: black on white for paper and the projector, new posts with a thick
 * border and a "NEW" tag, changed posts with a dashed border and a "CHANGED" tag, so the meaning
 * never rests on colour. Every string from the model is escaped.
 */
export interface PostChartSvgOptions {
	/** Accessible name of the chart (becomes <title> and aria-label). */
	title: string;
	/** Extra class on the <svg> element. */
	className?: string;
}

const MARK_COLOUR = { new: '#0072B2', changed: '#D55E00' } as const; // Okabe–Ito blue, vermillion
const MARK_TEXT = { new: 'NEW', changed: 'CHANGED' } as const;
// Tag text with at least 4.5:1 contrast on its tag: white on blue, black on vermillion.
const MARK_INK = { new: '#ffffff', changed: '#000000' } as const;
const PAD = 4;
const TITLE_SIZE = 11.5;
const TITLE_LEADING = 13;
const DETAIL_SIZE = 10;
const TAG_SIZE = 9;
const TAG_HEIGHT = 13;

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * Where a post box's parts go, in the box's own units: the NEW or CHANGED tag in the band across
 * the top (inside the border), the title lines below it, the grade line at the foot. Drawing and
 * its tests share this, so "the tag is clear of the words" is checked on the numbers drawn.
 */
export interface PostBoxGeometry {
	tag?: Rect & { label: string };
	/** Baselines of the title lines, top to bottom. */
	titleBaselines: number[];
	titleSize: number;
	detailBaseline: number;
}

export function postBoxGeometry(b: PostBox, markBand: number): PostBoxGeometry {
	const titleBaselines = b.titleLines.map((_, i) => markBand + 15 + i * TITLE_LEADING);
	const geometry: PostBoxGeometry = {
		titleBaselines,
		titleSize: TITLE_SIZE,
		detailBaseline: b.height - 7
	};
	if (b.mark) {
		const label = MARK_TEXT[b.mark];
		const width = label.length * 6.2 + 8;
		const top = Math.max(2, (markBand - TAG_HEIGHT) / 2);
		geometry.tag = { x: 5, y: top, width, height: TAG_HEIGHT, label };
	}
	return geometry;
}

export function postChartSvg(chart: PostChart, options: PostChartSvgOptions): string {
	const title = escapeXml(options.title);
	const parts: string[] = [
		svgOpen({
			x: -PAD,
			y: -PAD,
			width: chart.width + PAD * 2,
			height: chart.height + PAD * 2,
			attributes:
				` role="img" aria-label="${title}"` +
				(options.className ? ` class="${escapeXml(options.className)}"` : '') +
				` font-family="Liberation Sans, Arial, Helvetica, sans-serif"`
		}),
		`<title>${title}</title>`,
		`<g fill="none" stroke="#1a1a1a" stroke-width="1.2">`
	];
	for (const line of chart.lines) {
		parts.push(`<polyline data-line="${escapeXml(line.id)}" points="${svgPoints(line.points)}"/>`);
	}
	parts.push('</g>');
	for (const b of chart.boxes) {
		const stroke = b.mark ? MARK_COLOUR[b.mark] : '#1a1a1a';
		const width = b.mark === 'new' ? 3 : b.mark === 'changed' ? 2.2 : 1.2;
		const dash = b.mark === 'changed' ? ' stroke-dasharray="6 3"' : '';
		const fill = b.office ? '#eeeeee' : '#ffffff';
		parts.push(
			`<g data-post="${escapeXml(b.id)}" transform="translate(${num(b.x)},${num(b.y)})">`,
			`<rect width="${num(b.width)}" height="${num(b.height)}" rx="3" fill="${fill}" stroke="${stroke}" stroke-width="${width}"${dash}/>`
		);
		const g = postBoxGeometry(b, chart.markBand);
		b.titleLines.forEach((line, i) =>
			parts.push(
				`<text x="7" y="${num(g.titleBaselines[i])}" font-size="${TITLE_SIZE}" font-weight="700" fill="#111111">${escapeXml(line)}</text>`
			)
		);
		const status = b.status === 'existing' || b.status === 'new' ? '' : ` (${b.status})`;
		parts.push(
			`<text x="7" y="${num(g.detailBaseline)}" font-size="${DETAIL_SIZE}" fill="#333333">${escapeXml(b.detail + status)}` +
				(b.roles ? `<tspan font-weight="700"> · ${escapeXml(b.roles)}</tspan>` : '') +
				'</text>'
		);
		if (b.mark && g.tag) {
			const t = g.tag;
			parts.push(
				// The tag sits in the band across the top of the box, above the title.
				`<rect x="${num(t.x)}" y="${num(t.y)}" width="${num(t.width)}" height="${num(t.height)}" rx="2" fill="${stroke}"/>`,
				`<text x="${num(t.x + t.width / 2)}" y="${num(t.y + t.height - 3)}" font-size="${TAG_SIZE}" font-weight="700" fill="${MARK_INK[b.mark]}" text-anchor="middle">${t.label}</text>`
			);
		}
		parts.push('</g>');
	}
	parts.push('</svg>');
	return parts.join('');
}
