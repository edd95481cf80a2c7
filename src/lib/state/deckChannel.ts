import type { Edit } from '$lib/editing/edits';

/** What the audience window and the presenter view tell each other. */
export type DeckMessage =
	| { type: 'slide'; index: number }
	| { type: 'edits'; edits: Edit[] }
	/** A window that has just opened asks the other for where things stand. */
	| { type: 'hello' };

/** One channel per pair of structures, so two decks open at once do not cross. */
export function deckChannelName(a: string, b: string): string {
	return `council-design:present:${a}:${b}`;
}

/**
 * Opens the channel (where the browser has BroadcastChannel) and returns a sender and a closer.
 * Messages a window sends are not echoed back to itself.
 */
export function openDeckChannel(
	a: string,
	b: string,
	onMessage: (m: DeckMessage) => void
): { send: (m: DeckMessage) => void; close: () => void } {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(deckChannelName(a, b));
	channel.onmessage = (e: MessageEvent<DeckMessage>) => onMessage(e.data);
	return {
		send: (m) => channel.postMessage(m),
		close: () => channel.close()
	};
}
