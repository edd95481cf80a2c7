/**
 * The Okabe–Ito palette: eight colours told apart by the common forms of colour blindness.
 * Charts use it for marks, but every mark also carries a label, a pattern or a symbol, so no
 * meaning rests on colour alone.
 */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

/** The roles colours play in the charts, so every chart uses the same colour for the same idea. */
export const CHART_COLOURS = {
	/** Ordinary bars and columns. */
	mark: OKABE_ITO.blue,
	/** A mark singled out (the Chief Executive's column in the span histogram). */
	highlight: OKABE_ITO.orange,
	/** The extra the office adds to the CEO's span. */
	extra: OKABE_ITO.skyBlue,
	/** A rule or target line (best practice, the target average). */
	reference: OKABE_ITO.vermillion,
	/** Axes, ticks and text. */
	ink: '#1a1a1a',
	grid: '#d0d0d0'
} as const;
