// The production server: `npm start` builds the app and runs this file.
//
// adapter-node's own entry (`node build`) takes every request as https unless ORIGIN or
// PROTOCOL_HEADER is set, which breaks form posts and same-origin checks on a plain
// http://localhost install. This entry serves plain HTTP as what it is, sets the product's defaults
// for adapter-node's settings, adds the security headers and compression to every response, and
// tells the app its own loopback address (for the PDF renderer) from its configuration alone,
// never from a request.
import http from 'node:http';
import process from 'node:process';
import compression from 'compression';

const env = process.env;

// One upload limit for every form and API: a whole-council HR export fits in 25 MB.
env.BODY_SIZE_LIMIT ??= '25M';

// Behind a reverse proxy the operator sets ORIGIN or PROTOCOL_HEADER (see the README); otherwise
// this server is reached over plain HTTP, and says so through a header only it can set.
const PROTOCOL_HEADER = 'x-council-design-protocol';
const direct = !env.ORIGIN && !env.PROTOCOL_HEADER;
if (direct) env.PROTOCOL_HEADER = PROTOCOL_HEADER;

const host = env.HOST ?? '0.0.0.0';
const port = Number(env.PORT ?? 3000);

// The address the PDF renderer loads the report from: this process, on loopback where it listens
// on every interface, else on the one address it was told to listen on.
const loopbackHost = ['0.0.0.0', '::', '', 'localhost'].includes(host)
	? '127.0.0.1'
	: host.includes(':')
		? `[${host}]`
		: host;
env.COUNCIL_DESIGN_SELF_URL = `http://${loopbackHost}:${port}`;

/** Headers every response carries; pages add their own Content-Security-Policy (svelte.config.js). */
const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'referrer-policy': 'same-origin',
	'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
	'cross-origin-opener-policy': 'same-origin'
};

let handler;
try {
	// Loading the handler runs the app's start-up checks (the data folder and the database).
	({ handler } = await import('./build/handler.js'));
} catch (e) {
	if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('build/handler.js')) {
		console.error(
			'The app is not built yet: run `npm start` (it builds first) or `npm run build`.'
		);
	} else {
		console.error(e instanceof Error ? e.message : e);
	}
	process.exit(1);
}

const compress = compression();

const server = http.createServer((req, res) => {
	if (direct) req.headers[PROTOCOL_HEADER] = 'http';
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	compress(req, res, () =>
		handler(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
});

server.listen(port, host, () => {
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : loopbackHost;
	console.log(`Listening on http://${shown}:${port}`);
});

// Finish the requests in flight, then stop, when asked to (Ctrl+C, a service manager).
function stop() {
	server.close(() => process.exit(0));
	setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
