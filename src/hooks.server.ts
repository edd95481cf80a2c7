import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { tooLargeMessage } from '$lib/model/upload';
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
	} catch (e) {
		console.error(`Council Design cannot start. ${(e as Error).message}`);
		process.exit(1);
	}
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
