/**
 * A spec's own server (the real one, on a fresh data folder) with its first administrator,
 * started before the spec's tests, signed in as that administrator in each of them (its cookie
 * replaces the shared server's: cookies ignore the port), and stopped after them. `onStart`
 * hands the server to the spec.
 */
export function ownServer(onStart: (server: TestServer) => void | Promise<void>): void {
	let server: TestServer | undefined;
	test.beforeAll(async () => {
		server = await startServer({ people: [TEST_ADMIN] });
		await onStart(server);
	});
	test.beforeEach(async ({ context }) => {
		await context.addCookies(server!.admin!.storageState.cookies);
	});
	test.afterAll(async () => {
		await server?.stop();
	});
}

/**
 * A generated 11,000-post establishment on a server of its own (so it does not slow the other
 * specs), imported before the spec's tests and signed in as its administrator in each of them.
 * Call at the top of a spec or a describe block; read `server` and `id` inside the tests.
 */
import { generateHrExport, type HrExport } from '../support/hrExport.ts';
import { importEstablishment } from '../support/largeEstablishment.ts';
import { startServer, TEST_ADMIN, type TestServer } from '../support/server.ts';
import { test } from './fixtures.ts';

export interface EstablishmentServer {
	server: TestServer;
	id: string;
	/** The export the establishment was imported from, for the tests' own counts. */
	e: HrExport;
}

export function establishmentServer(
	options: { posts?: number; seed: number; file?: string },
	before?: () => void
): EstablishmentServer {
	const held = {} as EstablishmentServer;
	test.describe.configure({ mode: 'serial', timeout: 240_000 });
	ownServer(async (server) => {
		test.setTimeout(240_000);
		before?.();
		held.e = generateHrExport({ posts: options.posts ?? 11_000, seed: options.seed });
		held.server = server;
		held.id = await importEstablishment(server, held.e, options.file);
	});
	return held;
}
