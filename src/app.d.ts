// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
import type { StorageProblem } from '$lib/server/storageProblem';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Set when a request failed because of the disk or the database (see hooks.server.ts). */
			storageProblem?: StorageProblem;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
