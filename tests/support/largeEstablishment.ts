/**
 * Test support for the browser specs about an 11,000-post establishment (large-graph,
 * large-tables): the generated HR export imported through the API as `model import` would make
 * it, and the compressed size of a page as the server sends it.
 */
import { request } from 'node:http';
import { establishmentFromFile } from '../../src/lib/establishment/index.ts';
import { structureToYaml } from '../../src/lib/model/toYaml.ts';
import { toCsv, type HrExport } from './hrExport.ts';
import type { TestServer } from './server.ts';

/**
 * Import a generated export into the server as its administrator: the CSV becomes a model file
 * as `model import` makes one, then is posted to /api/import. Returns the new structure's id.
 */
export async function importEstablishment(
	server: TestServer,
	e: HrExport,
	file = 'hr11k'
): Promise<string> {
	const converted = await establishmentFromFile(
		new TextEncoder().encode(toCsv(e)),
		`${file}.csv`,
		{}
	);
	if (!converted.ok) throw new Error(converted.errors[0].message);
	const res = await server.fetch(`${server.url}/api/import?file=${file}.yaml`, {
		method: 'POST',
		headers: { 'content-type': 'application/yaml' },
		body: structureToYaml(converted.structure)
	});
	if (res.status !== 201) throw new Error(`Import refused: ${res.status} ${await res.text()}`);
	return ((await res.json()) as { id: string }).id;
}

/** The body's bytes as sent with `accept-encoding: gzip`, and its content-encoding. */
export function compressedSize(
	url: string,
	token: string
): Promise<{ bytes: number; encoding: string }> {
	return new Promise((done, fail) => {
		request(
			url,
			{ headers: { 'accept-encoding': 'gzip', authorization: `Bearer ${token}` } },
			(res) => {
				let bytes = 0;
				res.on('data', (d: Buffer) => (bytes += d.length));
				res.on('end', () => done({ bytes, encoding: String(res.headers['content-encoding']) }));
			}
		)
			.on('error', fail)
			.end();
	});
}
