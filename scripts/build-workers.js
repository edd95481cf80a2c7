// Bundles the worker threads' code (src/lib/server/workers/worker.ts and all it imports) into
// build/workers/worker.js, after `vite build` has written build/. Vite bundles the server itself
// but has no entry for a file a worker thread loads by path, so esbuild (Vite's own bundler for
// dependencies, already installed with it) makes one self-contained ES module here.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('build/handler.js')) {
	console.error('build-workers: run `vite build` first (no build/handler.js).');
	process.exit(1);
}

await build({
	entryPoints: { worker: 'src/lib/server/workers/worker.ts' },
	outdir: 'build/workers',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
	banner: {
		js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
	},
	logLevel: 'warning'
});
console.log('build-workers: build/workers/worker.js');
