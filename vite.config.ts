import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		// Some tests start ESLint or the command line in a child process; on a busy 2-core machine
		// vitest's 5 s default cuts them off.
		testTimeout: 30_000,
		include: ['src/**/*.{test,spec}.{js,ts}'],
		exclude: ['src/**/*.svelte.{test,spec}.{js,ts}'],
		environment: 'node'
	}
});
