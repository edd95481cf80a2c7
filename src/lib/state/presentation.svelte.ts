import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import type { Structure } from '$lib/model/types';
import { toDocument } from '$lib/model/structureDocument';
import {
	buildSlides,
	nextIndex,
	slideActionForKey,
	slideIndexFromParam,
	withSlide,
	type Slide
} from '$lib/projector';
import { openDeckChannel, type DeckMessage } from './deckChannel';
import { WhatIf } from './whatIf.svelte';

export interface PresentationInput {
	a: Structure;
	b: Structure;
	aVersion: number;
	bVersion: number;
	/** The two as the address names them (`id`, or `id@N` when a version is pinned). */
	aRef: string;
	bRef: string;
}

export interface KeepStatus {
	kind: 'idle' | 'saving' | 'saved' | 'failed';
	text: string;
	href?: string;
}

/** Where Escape leaves to, and what else the keys can ask for. */
export interface KeyHandlers {
	exit: () => void;
	fullscreen?: () => void;
	presenter?: () => void;
}

/**
 * One presentation's state in a window: the slides (recomputed from the two structures and the
 * room's moves whenever either changes), the slide shown (kept in the URL as ?slide=N so Back and
 * Forward step through), and the link to the other window over a BroadcastChannel.
 */
export class Presentation {
	readonly input: PresentationInput;
	readonly whatIf: WhatIf;
	readonly slides: Slide[] = $derived.by(() =>
		buildSlides(this.input.a, this.input.b, this.whatIf.now)
	);
	readonly index: number = $derived(
		slideIndexFromParam(page.url.searchParams.get('slide'), this.slides.length)
	);
	keepStatus: KeepStatus = $state({ kind: 'idle', text: '' });
	private send: (m: DeckMessage) => void = () => {};

	constructor(input: PresentationInput) {
		this.input = input;
		this.whatIf = new WhatIf(input.b);
		this.whatIf.onchange = () => this.changed();
	}

	get slide(): Slide {
		return this.slides[this.index];
	}

	/** Shows slide i (a new history entry), and tells the other window unless it told us. */
	go(i: number, tellOthers = true): void {
		const target = Math.max(0, Math.min(this.slides.length - 1, i));
		if (tellOthers) this.send({ type: 'slide', index: target });
		if (target === this.index) return;
		const path = page.url.pathname.endsWith('/presenter') ? '/present/presenter' : '/present';
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolve()d; the rule cannot see through the query string
		goto(resolve(path) + withSlide(page.url.search, target), { keepFocus: true, noScroll: true });
	}

	/** Tells the other window which slide this one shows (after Back or Forward). */
	announce(): void {
		this.send({ type: 'slide', index: this.index });
	}

	/** Saves the structure with the room's moves as a new scenario (POST /api/structures). */
	async keep(): Promise<void> {
		const { b, bVersion } = this.input;
		this.keepStatus = { kind: 'saving', text: 'Saving…' };
		// en-CA writes dates as YYYY-MM-DD.
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(Date.now());
		try {
			const res = await fetch(resolve('/api/structures'), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					name: `${b.name}: workshop what-if, ${today}`,
					derivedFrom: b.id,
					baseVersion: bVersion,
					structure: toDocument(this.whatIf.now),
					changeLog: this.whatIf.descriptions
				})
			});
			const body = await res.json().catch(() => ({}));
			this.keepStatus =
				res.ok && body.ok
					? {
							kind: 'saved',
							text: `Kept as scenario “${body.id}”.`,
							href: resolve('/structures/[id]', { id: body.id })
						}
					: { kind: 'failed', text: `Not saved: ${body.message ?? res.statusText}` };
		} catch (e) {
			this.keepStatus = {
				kind: 'failed',
				text: `Not saved: ${e instanceof Error ? e.message : String(e)}`
			};
		}
	}

	/** Applies a move or an undo and tells the other window the list of moves. */
	changed(): void {
		this.send({ type: 'edits', edits: this.whatIf.edits });
	}

	/** Opens the channel to the other window; call from an effect and return what it returns. */
	connect(): () => void {
		const channel = openDeckChannel(this.input.a.id, this.input.b.id, (m) => {
			if (m.type === 'slide') this.go(m.index, false);
			else if (m.type === 'edits') this.whatIf.replay(m.edits);
			else if (m.type === 'hello') {
				this.send({ type: 'slide', index: this.index });
				if (this.whatIf.edits.length) this.send({ type: 'edits', edits: this.whatIf.edits });
			}
		});
		this.send = channel.send;
		channel.send({ type: 'hello' });
		return () => {
			this.send = () => {};
			channel.close();
		};
	}

	/** The presentation keys; keys typed into a form field are left to the field. */
	onKey(e: KeyboardEvent, handlers: KeyHandlers): void {
		// Taken already, e.g. Escape cancelling a drag on the what-if chart.
		if (e.defaultPrevented) return;
		const target = e.target as HTMLElement | null;
		const tag = target?.tagName;
		if ((tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') && e.key !== 'Escape') return;
		if ((tag === 'BUTTON' || tag === 'A') && (e.key === ' ' || e.key === 'Enter')) return;
		if (
			(e.key === 'p' || e.key === 'P') &&
			!e.ctrlKey &&
			!e.metaKey &&
			!e.altKey &&
			handlers.presenter
		) {
			e.preventDefault();
			handlers.presenter();
			return;
		}
		const action = slideActionForKey(e, this.slides.length);
		if (!action) return;
		e.preventDefault();
		if (action.type === 'exit') {
			// Escape in a form field just leaves the field.
			if (tag === 'SELECT' || tag === 'INPUT' || tag === 'TEXTAREA') {
				target?.blur();
				return;
			}
			handlers.exit();
		} else if (action.type === 'fullscreen') handlers.fullscreen?.();
		else {
			const next = nextIndex(action, this.index, this.slides.length);
			if (next !== null) this.go(next);
		}
	}
}
