/**
 * This server's own address, for the PDF printer to read pages from. server.js works it out from
 * HOST and PORT when it starts; under `vite dev` it is the dev server's. Never taken from a
 * request, so no Host header can point the printer elsewhere.
 */
export function selfOrigin(): string {
	return process.env.COUNCIL_DESIGN_SELF_URL ?? `http://127.0.0.1:${process.env.PORT ?? 5173}`;
}
