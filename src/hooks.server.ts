import {
	json,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { tooLargeMessage } from '$lib/model/upload';
import {
	announceSetupCode,
	appDatabase,
	clientAddress,
	getUser,
	needsSetup,
	whoIs
} from '$lib/server/auth';
import { PRINT_PASS_HEADER, printPassUser } from '$lib/server/printPass';
import { getStore } from '$lib/server/store';
import { failedSaveMessage, storageProblem } from '$lib/server/storageProblem';
import { uploadLimit } from '$lib/server/uploads';

/**
 * Open the store before the first request: a data folder that cannot be written or a damaged
 * database stops the server at start with what is wrong, rather than "Listening" and then an
 * error on every page.
 */
export const init: ServerInit = () => {
	try {
		getStore();
		announceSetupCode(appDatabase());
	} catch (e) {
		console.error(`Council Design cannot start. ${(e as Error).message}`);
		process.exit(1);
	}
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Open without signing in: the account pages, and files anyone may fetch. */
function isOpen(path: string): boolean {
	return (
		/^\/(setup|sign-in|sign-out)(\/|$)/.test(path) ||
		path === '/robots.txt' ||
		path.startsWith('/_app/') ||
		path.startsWith('/favicon')
	);
}

/** Once someone has an account the server stays set up (accounts are disabled, never removed). */
let setUp = false;
function stillNeedsSetup(): boolean {
	if (!setUp) setUp = !needsSetup(appDatabase());
	return !setUp;
}

/**
 * Who is asking: the session cookie or an API token, or (from this machine only) the print pass
 * the PDF route gave its printer. Sets event.locals.user; undefined for nobody.
 */
function identifyRequest(event: Parameters<Handle>[0]['event']): void {
	const db = appDatabase();
	const who = whoIs(db, event);
	if (who) {
		event.locals.user = who.user;
		event.locals.via = who.via;
		return;
	}
	const printer = printPassUser(event.request.headers.get(PRINT_PASS_HEADER), clientAddress(event));
	const user = printer ? getUser(db, printer) : undefined;
	if (user && !user.disabled) {
		event.locals.user = user;
		event.locals.via = 'print-pass';
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const { request } = event;
	if (!SAFE_METHODS.has(request.method)) {
		// SvelteKit checks the origin of form posts; JSON posts need the same check, since a page
		// elsewhere can send them too. Scripts (curl, the CLI) send no Origin and are let through.
		const origin = request.headers.get('origin');
		if (
			(origin !== null && origin !== event.url.origin) ||
			request.headers.get('sec-fetch-site') === 'cross-site'
		) {
			return refuse(event, 403, 'Requests from other sites are refused.');
		}
		const length = Number(request.headers.get('content-length') ?? 0);
		const limit = uploadLimit();
		if (length > limit) {
			const name = event.url.searchParams.get('file') || 'The file';
			return refuse(event, 413, tooLargeMessage(name, limit));
		}
	}
	identifyRequest(event);
	const path = event.url.pathname;
	if (!event.locals.user && !isOpen(path)) {
		const setup = stillNeedsSetup();
		const api = path.startsWith('/api/') || (request.headers.get('accept') ?? '').includes('json');
		if (api || !SAFE_METHODS.has(request.method)) {
			const response = refuse(
				event,
				401,
				setup
					? 'No one has an account yet: open /setup on the server’s own machine to create the first administrator.'
					: 'Sign in first: send the session cookie, or an API token as “Authorization: Bearer …”.'
			);
			response.headers.set('www-authenticate', 'Bearer');
			return response;
		}
		if (setup) redirect(303, '/setup');
		// Slashes left as they are, so the address stays readable.
		const returnTo = encodeURIComponent(path + event.url.search).replace(/%2F/g, '/');
		redirect(303, `/sign-in?returnTo=${returnTo}`);
	}
	const response = await resolve(event);
	// An unexpected error becomes a 500; a storage failure deserves its own status (handleError
	// has said what it is in the body).
	const problem = event.locals.storageProblem;
	if (problem && response.status === 500) {
		return new Response(response.body, { status: problem.status, headers: response.headers });
	}
	return response;
};

/** A refusal in the form the caller reads: a form action's result, JSON, or text. */
function refuse(event: Parameters<Handle>[0]['event'], status: number, message: string): Response {
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		// What `use:enhance` expects back; the page shows it beside the form.
		return json({ type: 'error', error: { message } }, { status });
	}
	const accept = event.request.headers.get('accept') ?? '';
	if (event.url.pathname.startsWith('/api/') || accept.includes('application/json')) {
		return json({ message }, { status });
	}
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 413) {
		// A body sent without a length that turned out too long, refused while it was read.
		const name = event.url.searchParams.get('file') || 'The file';
		return { message: tooLargeMessage(name, uploadLimit()) };
	}
	const problem = storageProblem(error);
	if (problem) {
		event.locals.storageProblem = problem;
		console.error(`${problem.message} (${(error as Error).message})`);
		return {
			message: SAFE_METHODS.has(event.request.method) ? problem.message : failedSaveMessage(problem)
		};
	}
	console.error(error);
	return { message };
};
