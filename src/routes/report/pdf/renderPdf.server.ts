import { chromium, type Browser } from 'playwright-core';

/**
 * Prints a page to PDF with the system's Chromium (Debian's /usr/bin/chromium unless CHROMIUM_PATH
 * says otherwise). One browser is kept between requests and closed after a minute unused, so a
 * panel clerk downloading three PDFs in a row waits for one launch, not three.
 */
const IDLE_MS = 60_000;
let browser: Promise<Browser> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = 0;

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
		if (inFlight > 0 || !browser) return;
		const closing = browser;
		browser = undefined;
		closing.then((b) => b.close()).catch(() => undefined);
	}, IDLE_MS);
	// Never keep the server process alive just to close an idle browser.
	idleTimer.unref?.();
}

export interface PdfOptions {
	footerTemplate: string;
	timeoutMs?: number;
}

/** Loads the URL (no scripts: the page is complete as the server renders it) and prints it. */
export async function renderPdf(url: string, options: PdfOptions): Promise<Uint8Array> {
	inFlight++;
	try {
		const b = await launch();
		const context = await b.newContext({ javaScriptEnabled: false });
		try {
			const page = await context.newPage();
			const response = await page.goto(url, {
				waitUntil: 'networkidle',
				timeout: options.timeoutMs ?? 30_000
			});
			if (!response || !response.ok())
				throw new Error(`the report page answered ${response?.status() ?? 'nothing'}`);
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
		} finally {
			await context.close();
		}
	} finally {
		inFlight--;
		scheduleClose();
	}
}
