// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
import type { User } from '$lib/server/auth';
import type { StorageProblem } from '$lib/server/storageProblem';

declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** Set when a request failed because of the disk or the database (see hooks.server.ts). */
			storageProblem?: StorageProblem;
			/** Who is signed in (hooks.server.ts); undefined for nobody. */
			user?: User;
			/** How they were recognised: the browser's session, an API token, or the PDF printer's pass. */
			via?: 'session' | 'token' | 'print-pass';
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
