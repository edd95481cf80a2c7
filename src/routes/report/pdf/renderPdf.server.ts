import { chromium, type Browser, type Route } from 'playwright-core';

/**
 * Prints a page of this server to PDF with the system's Chromium (Debian's /usr/bin/chromium unless
 * CHROMIUM_PATH says otherwise). One browser is kept between requests and closed after a minute
 * unused, so a panel clerk downloading three PDFs in a row waits for one launch, not three.
 *
 * The printer only ever reads this server: every request it makes (the page, its styles) is checked
 * against the server's own origin, fetched here without following redirects, and anything else is
 * refused. Renders are queued (two at a time, a few waiting) and each has a deadline, so a burst of
 * downloads or a pathological report cannot tie the server up.
 */
const IDLE_MS = 60_000;
const MAX_RENDERING = 2;
const MAX_WAITING = 8;
const DEFAULT_TIMEOUT_MS = 60_000;

let browser: Promise<Browser> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let rendering = 0;
const waiting: (() => void)[] = [];

/** Why a PDF could not be made, in words a user can act on (never a network error's internals). */
export class PdfError extends Error {
	constructor(
		readonly status: 502 | 503 | 504,
		message: string,
		/** Seconds to wait before trying again, for a busy printer. */
		readonly retryAfter?: number
	) {
		super(message);
		this.name = 'PdfError';
	}
}

function launch(): Promise<Browser> {
	if (!browser) {
		const launching = chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update'
			]
		});
		browser = launching;
		launching.then(
			(b) =>
				b.on('disconnected', () => {
					if (browser === launching) browser = undefined;
				}),
			() => {
				if (browser === launching) browser = undefined;
			}
		);
	}
	return browser;
}

function scheduleClose() {
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = setTimeout(() => {
		if (rendering > 0 || !browser) return;
		const closing = browser;
		browser = undefined;
		closing.then((b) => b.close()).catch(() => undefined);
	}, IDLE_MS);
	// Never keep the server process alive just to close an idle browser.
	idleTimer.unref?.();
}

/** Wait for a place among the renders in progress; refuse at once when the queue is full. */
async function takeTurn(): Promise<void> {
	if (rendering < MAX_RENDERING) {
		rendering++;
		return;
	}
	if (waiting.length >= MAX_WAITING) {
		throw new PdfError(
			503,
			'Other PDFs are being made right now, so this one was not started. Try again in a minute, or use the browser’s Print, which has the same page layout.',
			30
		);
	}
	await new Promise<void>((resolve) => waiting.push(resolve));
	// The finishing render handed its place on; `rendering` already counts this one.
}

function endTurn() {
	const next = waiting.shift();
	if (next) next();
	else rendering--;
}

export interface PdfOptions {
	/** This server's own address, from its configuration (never from a request). */
	origin: string;
	footerTemplate: string;
	timeoutMs?: number;
	/** Sent with every request the printer makes (the print pass that signs it in as the reader). */
	headers?: Record<string, string>;
}

/** Serve the printer's requests from this server only, refusing redirects and other hosts. */
async function onlyFrom(origin: string, route: Route): Promise<void> {
	const url = new URL(route.request().url());
	if (url.origin !== origin) return route.abort('blockedbyclient');
	const response = await route.fetch({ maxRedirects: 0 });
	if (response.status() >= 300 && response.status() < 400) return route.abort('blockedbyclient');
	return route.fulfill({ response });
}

/**
 * Loads `path` (with its query) from this server, with no scripts (the page is complete as the
 * server renders it), and prints it.
 */
export async function renderPdf(path: string, options: PdfOptions): Promise<Uint8Array> {
	if (!path.startsWith('/')) throw new Error('renderPdf takes a path on this server');
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const deadline = Date.now() + timeoutMs;
	await takeTurn();
	let context: Awaited<ReturnType<Browser['newContext']>> | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	try {
		const work = (async () => {
			let b: Browser;
			try {
				b = await launch();
			} catch (e) {
				console.error(`PDF: Chromium could not be started: ${(e as Error).message}`);
				throw new PdfError(
					502,
					`The PDF printer (Chromium) could not be started on the server. Whoever runs the server should install Debian’s chromium package or set CHROMIUM_PATH.`
				);
			}
			context = await b.newContext({
				javaScriptEnabled: false,
				extraHTTPHeaders: options.headers ?? {}
			});
			// Stopped by the deadline while the browser was starting: close what was just opened.
			if (stopped) await context.close();
			await context.route('**/*', (route) => onlyFrom(options.origin, route));
			const page = await context.newPage();
			const left = () => Math.max(1000, deadline - Date.now());
			const response = await page.goto(options.origin + path, {
				waitUntil: 'networkidle',
				timeout: left()
			});
			if (!response || !response.ok()) {
				throw new PdfError(
					502,
					`The report page could not be printed (it answered ${response?.status() ?? 'nothing'}).`
				);
			}
			await page.emulateMedia({ media: 'print' });
			return await page.pdf({
				format: 'A4',
				landscape: true,
				printBackground: true,
				preferCSSPageSize: true,
				displayHeaderFooter: true,
				headerTemplate: '<span></span>',
				footerTemplate: options.footerTemplate
			});
		})();
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(
				() =>
					reject(
						new PdfError(
							504,
							`The PDF took longer than ${Math.round(timeoutMs / 1000)} seconds to make and was stopped. Try again; if it happens again, use the browser’s Print.`
						)
					),
				timeoutMs
			);
		});
		try {
			return await Promise.race([work, late]);
		} catch (e) {
			if (e instanceof PdfError) throw e;
			// Network and browser details stay in the server's log, not in the answer.
			console.error(`PDF: ${(e as Error).message}`);
			throw new PdfError(
				502,
				'The report page could not be loaded by the PDF printer. Try again, or use the browser’s Print, which has the same page layout.'
			);
		} finally {
			work.catch(() => undefined);
		}
	} finally {
		stopped = true;
		if (timer) clearTimeout(timer);
		await context?.close().catch(() => undefined);
		endTurn();
		scheduleClose();
	}
}
