/**
 * The production server as a user runs it (`node server.js`, what `npm start` runs after building),
 * in its own process on a free port, with only the settings the README names (PORT, HOST,
 * DATA_DIR, and any extra given). Used by browser tests that need a server of their own and by the
 * benchmarks.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface TestServer {
	url: string;
	port: number;
	dataDir: string;
	child: ChildProcess;
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
	options: { dataDir?: string; port?: number; env?: Record<string, string> } = {}
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
		stderr: () => stderr,
		stop: async () => {
			await exited(child, 'SIGTERM');
			if (ownData) rmSync(dataDir, { recursive: true, force: true });
		},
		kill: () => exited(child, 'SIGKILL')
	};
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error(`the server stopped: ${stderr}`);
		try {
			if ((await fetch(`${url}/api/structures`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	await server.kill();
	throw new Error(`the server did not start within a minute: ${stderr}`);
}
