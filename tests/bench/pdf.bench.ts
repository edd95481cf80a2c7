/**
 * The JNC report as a PDF from the production server: the first (the server starts its Chromium)
 * and warm ones, for the four-structure report (the 2020 structure against the three reporting
 * options). Needs `npm run build` first and Chromium at CHROMIUM_PATH or /usr/bin/chromium.
 */
import { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';
import { percentile } from './stats.ts';
import type { BenchOptions, BenchResult, BenchSection } from './types.ts';

/** Issue 8: a warm PDF of the four-structure report in under 3 s. */
const WARM_TARGET_MS = 3000;
const QUERY =
	'base=clt-2020&options=core-delivery-2021-md-to-ceo,core-delivery-2021-md-to-purpose,core-delivery-2021-md-to-city-management';

async function timePdf(server: TestServer): Promise<number> {
	const t0 = performance.now();
	const res = await server.fetch(`/report/pdf?${QUERY}`);
	const body = await res.arrayBuffer();
	if (res.status !== 200 || body.byteLength < 1000)
		throw new Error(`the PDF was not made: ${res.status} ${new TextDecoder().decode(body)}`);
	return performance.now() - t0;
}

export async function runPdfBench(options: BenchOptions): Promise<BenchResult[]> {
	const server = await startServer({ people: [TEST_ADMIN] });
	try {
		const first = await timePdf(server);
		const warm: number[] = [];
		for (let i = 0; i < (options.quick ? 2 : 6); i++) warm.push(await timePdf(server));
		warm.sort((a, b) => a - b);
		return [
			{
				section: 'pdf',
				name: 'four-structure report PDF, first (starts Chromium)',
				unit: 'ms',
				median: first,
				note: 'production server, headless Chromium'
			},
			{
				section: 'pdf',
				name: 'four-structure report PDF, warm',
				unit: 'ms',
				median: percentile(warm, 0.5),
				p95: percentile(warm, 0.95),
				min: warm[0],
				runs: warm.length,
				target: WARM_TARGET_MS
			}
		];
	} finally {
		await server.stop();
	}
}

export const pdfSection: BenchSection = {
	id: 'pdf',
	title: 'JNC report PDF (production build)',
	run: runPdfBench
};
