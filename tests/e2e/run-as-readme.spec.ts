/**
 * The server as a new user runs it (`npm start` runs `node server.js` after building) with no
 * setting the README does not name: no ORIGIN, no PROTOCOL_HEADER. The PDF downloads from the
 * report page and a file imports through the /import form; a foreign Host header cannot point the
 * PDF printer anywhere else; uploads have one limit with a clear message; every response carries
 * the security headers; a burst of PDF requests is queued while other pages keep answering.
 */
import { expect, test } from './fixtures.ts';
import { ownServer } from './own-server.ts';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { ROOT, type TestServer } from '../support/server.ts';

let server: TestServer;

test.describe.configure({ mode: 'serial' });

ownServer((s) => {
	server = s;
});

const REPORT = 'base=clt-2020&options=core-delivery-2021-md-to-purpose';

test('the report page downloads its PDF, with the figure the Cabinet report states', async ({
	page
}, testInfo) => {
	test.setTimeout(120_000);
	await page.goto(`${server.url}/report?${REPORT}`);
	const link = page.getByTestId('download-pdf');
	await expect(link).toHaveText('Download PDF');
	const downloading = page.waitForEvent('download', { timeout: 90_000 });
	await link.click();
	// The page says the PDF is being made while the server prints it.
	await expect(page.getByTestId('pdf-status')).toContainText('Making the PDF');
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^costed-options-clt-2020-\d{4}-\d\d-\d\d\.pdf$/);
	const file = testInfo.outputPath('report.pdf');
	await download.saveAs(file);
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	// 003, paragraph 7.3.1: "a net increase of £0.51m" a year.
	expect(text).toContain('+£510,000');
	expect(text).toContain('Corporate Leadership Team, 2020');
});

test('the import form takes a YAML file and opens the new structure', async ({
	page
}, testInfo) => {
	const yaml = readFileSync(join(ROOT, 'models', 'clt-2020.yaml'), 'utf8')
		.replace(/^id: clt-2020$/m, 'id: readme-import')
		.replace(/^name: .*$/m, 'name: Imported as the README says');
	const file = testInfo.outputPath('readme-import.yaml');
	writeFileSync(file, yaml);
	await page.goto(`${server.url}/import`);
	await page.getByLabel('YAML model file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import' }).click();
	await page.waitForURL(/\/structures\/readme-import$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Imported as the README says'
	);
	// The Chief Executive's ten direct reports, eleven with the office (003, Appendix A section 3).
	await expect(page.getByText('11 with the office')).toBeVisible();
});

test('a 3 MB file imports, and one over the limit is refused with the limit named', async ({
	page
}, testInfo) => {
	const base = readFileSync(join(ROOT, 'models', 'clt-2020.yaml'), 'utf8').replace(
		/^id: clt-2020$/m,
		'id: three-megabytes'
	);
	// Past adapter-node's own 512 KB default, well within ours.
	const padding = `# ${'padding '.repeat(12)}\n`.repeat(30_000);
	const body = base + padding;
	expect(body.length).toBeGreaterThan(3_000_000);
	const ok = await server.fetch(`/api/import?file=three-megabytes.yaml`, {
		method: 'POST',
		headers: { 'content-type': 'application/yaml' },
		body
	});
	expect(ok.status).toBe(201);
	expect((await ok.json()).id).toBe('three-megabytes');

	const huge = 'x'.repeat(26 * 1024 * 1024);
	const refused = await server.fetch(`/api/import?file=huge.yaml`, {
		method: 'POST',
		headers: { 'content-type': 'application/yaml' },
		body: huge
	});
	expect(refused.status).toBe(413);
	expect((await refused.json()).message).toBe(
		'huge.yaml is larger than 25 MB, the most this server accepts; nothing was imported. Split the file, or ask whoever runs the server to raise BODY_SIZE_LIMIT.'
	);

	// The form says so before sending anything.
	const file = testInfo.outputPath('huge.yaml');
	writeFileSync(file, huge);
	await page.goto(`${server.url}/import`);
	await expect(page.getByText('Files up to 25 MB')).toBeVisible();
	await page.getByLabel('YAML model file').setInputFiles(file);
	await page.getByRole('button', { name: 'Import' }).click();
	await expect(page.getByRole('alert')).toContainText('huge.yaml is larger than 25 MB');
});

test('a foreign Host header cannot send the PDF printer anywhere but this server', async () => {
	test.setTimeout(120_000);
	// A listener that records every connection made to it: where an attacker would point the printer.
	const connections: string[] = [];
	const decoy: Server = createServer((socket) => {
		connections.push(String(socket.remotePort));
		socket.destroy();
	});
	await new Promise<void>((done) => decoy.listen(0, '127.0.0.1', done));
	const decoyPort = (decoy.address() as { port: number }).port;
	try {
		// fetch will not send a Host header of our choosing; a raw request does.
		const status = await rawGet(
			server.port,
			`/report/pdf?${REPORT}`,
			`127.0.0.1:${decoyPort}`,
			server.admin!.token
		);
		expect(status).toBe(200);
		expect(connections).toEqual([]);
	} finally {
		decoy.close();
	}
});

test('every response carries the security headers, and pages and JSON are compressed', async () => {
	for (const path of ['/', '/structures/clt-2020', '/api/structures', '/robots.txt']) {
		const res = await server.fetch(`${path}`, { headers: { 'accept-encoding': 'gzip' } });
		expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
		expect(res.headers.get('x-frame-options'), path).toBe('DENY');
		expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
		expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
	}
	const page = await server.fetch(`/structures/clt-2020`, {
		headers: { 'accept-encoding': 'gzip' }
	});
	expect(page.headers.get('content-encoding')).toBe('gzip');
	expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
	const api = await server.fetch(`/api/structures`, {
		headers: { 'accept-encoding': 'gzip' }
	});
	expect(api.headers.get('content-encoding')).toBe('gzip');
});

test('a JSON post from another site is refused; one from the page itself is not', async () => {
	const foreign = await server.fetch(`/api/import?file=x.yaml`, {
		method: 'POST',
		headers: { 'content-type': 'application/yaml', origin: 'http://evil.example' },
		body: 'id: x'
	});
	expect(foreign.status).toBe(403);
	expect((await foreign.json()).message).toBe('Requests from other sites are refused.');
	const own = await server.fetch(`/api/import?file=x.yaml`, {
		method: 'POST',
		headers: { 'content-type': 'application/yaml', origin: server.url },
		body: 'id: x'
	});
	// Our own origin gets as far as the model checks (the file is not a whole structure).
	expect(own.status).toBe(422);
});

test('twenty PDFs asked for at once are made or told to wait, and pages keep answering', async () => {
	test.setTimeout(240_000);
	const asked = Array.from({ length: 20 }, () =>
		server.fetch(`/report/pdf?${REPORT}`, { headers: { accept: 'application/json' } })
	);
	// While they are queued and printing, the library still answers.
	const library = await server.fetch(`/api/structures`);
	expect(library.status).toBe(200);
	const answers = await Promise.all(asked);
	const statuses = answers.map((r) => r.status);
	for (const r of answers) {
		if (r.status === 200) {
			expect(r.headers.get('content-type')).toBe('application/pdf');
		} else {
			expect(r.status).toBe(503);
			expect(r.headers.get('retry-after')).toBe('30');
			expect((await r.json()).message).toMatch(/^Other PDFs are being made right now/);
		}
	}
	// Two print at a time and eight wait: at least those ten are made.
	expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
});

/** A GET with the Host header given, over a plain socket; resolves with the status code. */
function rawGet(port: number, path: string, host: string, token: string): Promise<number> {
	return new Promise((resolve, reject) => {
		import('node:http').then(({ request }) => {
			const req = request(
				{
					host: '127.0.0.1',
					port,
					path,
					method: 'GET',
					headers: { host, authorization: `Bearer ${token}` },
					timeout: 110_000
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				}
			);
			req.on('error', reject);
			req.end();
		}, reject);
	});
}
