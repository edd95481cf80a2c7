/**
 * The production server as a user runs it (`node server.js`, what `npm start` runs after building),
 * in its own process on a free port, with only the settings the README names (PORT, HOST,
 * DATA_DIR, and any extra given). Used by browser tests that need a server of their own and by the
 * benchmarks.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Someone made for a test: `npm run admin -- add-user` would make the same. */
export interface TestPerson {
	email: string;
	role: 'admin' | 'editor' | 'viewer';
	canSeePay?: boolean;
	name?: string;
}

/** A person made on the server, signed in: their session cookie's value and an API token. */
export interface SignedInPerson {
	id: string;
	email: string;
	/** The value of the council_design_session cookie. */
	session: string;
	/** For `Authorization: Bearer …`. */
	token: string;
	/** Headers that sign a fetch in with the API token. */
	headers: Record<string, string>;
	/** For browser.newContext({ storageState }): signed in with the session cookie. */
	storageState: { cookies: StorageCookie[]; origins: [] };
}

interface StorageCookie {
	name: string;
	value: string;
	domain: string;
	path: string;
	expires: number;
	httpOnly: boolean;
	secure: boolean;
	sameSite: 'Lax';
}

export const SESSION_COOKIE = 'council_design_session';

/** An administrator who sees pay: what the tests written before accounts existed expect. */
export const TEST_ADMIN: TestPerson = {
	email: 'test.admin@council.gov.uk',
	role: 'admin',
	canSeePay: true,
	name: 'Test Administrator'
};

/**
 * Make people on the database in dataDir (while its server runs or before it starts) and sign
 * each in. The first administrator of a fresh server can be made this way too.
 */
export function makePeople(
	dataDir: string,
	people: TestPerson[],
	host = '127.0.0.1'
): Record<string, SignedInPerson> {
	const out = execFileSync(
		process.execPath,
		['--import', 'tsx', join(ROOT, 'tests', 'support', 'makeUsers.ts')],
		{ cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, input: JSON.stringify(people) }
	).toString();
	const made = JSON.parse(out) as Record<string, { id: string; session: string; token: string }>;
	const signedIn: Record<string, SignedInPerson> = {};
	for (const [email, m] of Object.entries(made))
		signedIn[email] = {
			...m,
			email,
			headers: { authorization: `Bearer ${m.token}` },
			storageState: {
				cookies: [
					{
						name: SESSION_COOKIE,
						value: m.session,
						domain: host,
						path: '/',
						expires: -1,
						httpOnly: true,
						secure: false,
						sameSite: 'Lax'
					}
				],
				origins: []
			}
		};
	return signedIn;
}

export interface TestServer {
	url: string;
	port: number;
	dataDir: string;
	child: ChildProcess;
	/** The people asked for in startServer's `people`, signed in, by email. */
	people: Record<string, SignedInPerson>;
	/** The first of them (or `as`): whom `fetch` signs in as. */
	admin?: SignedInPerson;
	/** fetch on this server (a path, or a whole URL) with the API token of `admin`. */
	fetch(path: string, init?: RequestInit): Promise<Response>;
	/** What the server printed on stderr so far. */
	stderr(): string;
	/** Stop with SIGTERM and remove the data folder (unless it was given). */
	stop(): Promise<void>;
	/** Stop at once with SIGKILL, keeping the data folder (a crash). */
	kill(): Promise<void>;
}

export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolvePort(port));
		});
	});
}

function exited(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
	return new Promise((done) => {
		if (child.exitCode !== null || child.signalCode !== null) return done();
		child.once('exit', () => done());
		child.kill(signal);
	});
}

/** Start the server; resolves once it answers, rejects with its stderr if it stops first. */
export async function startServer(
	options: {
		dataDir?: string;
		port?: number;
		env?: Record<string, string>;
		/** People to make once it answers (the first should be an administrator). */
		people?: TestPerson[];
		/** Someone made on this data folder before (a restart): whom `fetch` signs in as. */
		as?: SignedInPerson;
	} = {}
): Promise<TestServer> {
	if (!existsSync(join(ROOT, 'build', 'handler.js'))) {
		throw new Error('No production build: run `npm run build` first.');
	}
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const ownData = !options.dataDir;
	const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'council-design-server-'));
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir
	};
	// Run as the README says: none of the reverse-proxy settings a developer's shell may hold.
	for (const name of ['ORIGIN', 'PROTOCOL_HEADER', 'HOST_HEADER', 'BODY_SIZE_LIMIT'])
		delete env[name];
	const child = spawn(process.execPath, ['server.js'], {
		cwd: ROOT,
		env: { ...env, ...options.env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	const server: TestServer = {
		url,
		port,
		dataDir,
		child,
		people: {},
		admin: options.as,
		fetch: (path, init = {}) => {
			const headers = new Headers(init.headers);
			if (server.admin && !headers.has('authorization'))
				headers.set('authorization', `Bearer ${server.admin.token}`);
			return fetch(path.startsWith('http') ? path : url + path, { ...init, headers });
		},
		stderr: () => stderr,
		stop: async () => {
			await exited(child, 'SIGTERM');
			if (ownData) rmSync(dataDir, { recursive: true, force: true });
		},
		kill: () => exited(child, 'SIGKILL')
	};
	let answering = false;
	for (let i = 0; i < 600 && !answering; i++) {
		if (child.exitCode !== null) throw new Error(`the server stopped: ${stderr}`);
		try {
			// robots.txt is open without signing in.
			answering = (await fetch(`${url}/robots.txt`)).ok;
		} catch {
			// Not listening yet.
		}
		if (!answering) await new Promise((r) => setTimeout(r, 100));
	}
	if (!answering) {
		await server.kill();
		throw new Error(`the server did not start within a minute: ${stderr}`);
	}
	if (options.people?.length) {
		server.people = makePeople(dataDir, options.people);
		server.admin ??= server.people[options.people[0].email];
	}
	return server;
}
