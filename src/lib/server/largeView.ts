/**
 * What the pages of a large structure are sent (see largeStructure.ts), as plain functions of a
 * structure: used on the request thread and, for a large document, on a worker thread (tasks.ts),
 * which also keeps the last documents it read so the next unit opened or search made does not
 * read and parse 11,000 posts again.
 */
import { runChecks, summarise, type CheckResult, type StructureSummary } from '../analysis';
import { unitAggregates, type UnitAggregate } from '../analysis/unitAggregates';
import { withholdPay } from '../analysis/withholdPay';
import type { Structure } from '../model/types';
import {
	findPosts,
	isLargeStructure,
	unitPosts,
	type PostBrief,
	type PostMatch
} from '../view/unitGraph';
import { applyDelta, type Delta } from './deltas.ts';
import { fromDocument, type StructureDocument } from '../model/structureDocument.ts';

/** What a structure page of a large structure is sent in place of the structure. */
export interface CompactView {
	/** Live posts. */
	posts: number;
	summary: StructureSummary;
	checks: CheckResult[];
	units: Record<string, UnitAggregate>;
}

/** The compact view of a large structure, or undefined for a small one (sent whole). */
export function compactView(s: Structure): CompactView | undefined {
	if (!isLargeStructure(s)) return undefined;
	const summary = summarise(s);
	return {
		posts: summary.posts,
		// Plain data: the measures' objects may carry lazily computed properties.
		summary: JSON.parse(JSON.stringify(summary)),
		checks: JSON.parse(JSON.stringify(runChecks(s))),
		units: unitAggregates(s)
	};
}

/**
 * The structure as a large structure's page holds it until editing starts: everything but its
 * posts and links (the bulk), so names, dates, units and rules read as usual.
 */
export function structureShell(s: Structure): Structure {
	return { ...s, posts: new Map(), links: {} };
}

/** A large structure's page: the compact view, the shell, and unit costs when pay is withheld. */
export interface LargeView {
	compact: CompactView;
	shell: Structure;
	/** Only when pay is withheld (withholdPay's unit totals). */
	unitCosts?: ReturnType<typeof withholdPay>['unitCosts'];
}

/** What is asked of a large structure off the request thread. */
export type LargeAsk =
	| { kind: 'view' }
	| { kind: 'unit'; unit: string }
	| { kind: 'search'; query: string; limit: number };

export type LargeAnswer =
	/** The worker has not the document: send it (`chain`). */
	| { needsDocument: true }
	/** Not a large structure: the request thread answers as for any structure. */
	| { small: true }
	| { view: LargeView }
	| { posts: PostBrief[] | undefined }
	| { matches: PostMatch[] };

/** The answer to one ask, from the structure (with pay withheld when `maskPay`). */
export function answerLarge(s: Structure, maskPay: boolean, ask: LargeAsk): LargeAnswer {
	if (!isLargeStructure(s)) return { small: true };
	const shown = maskPay ? withheld(s) : undefined;
	const visible = shown?.structure ?? s;
	if (ask.kind === 'unit')
		return { posts: visible.units[ask.unit] ? unitPosts(visible, ask.unit) : undefined };
	if (ask.kind === 'search') return { matches: findPosts(visible, ask.query, ask.limit) };
	// Unit-level figures only: a compact view carries no post's pay.
	return {
		view: {
			compact: compactView(s)!,
			shell: structureShell(visible),
			...(shown ? { unitCosts: shown.unitCosts } : {})
		}
	};
}

const withheldCache = new WeakMap<Structure, ReturnType<typeof withholdPay>>();
function withheld(s: Structure): ReturnType<typeof withholdPay> {
	let w = withheldCache.get(s);
	if (!w) {
		w = withholdPay(s);
		withheldCache.set(s, w);
	}
	return w;
}

/** A stored version from its rows: the whole document, then each delta after it, oldest first. */
export function documentFromChain(chain: readonly string[]): Structure {
	const doc = JSON.parse(chain[0]) as Record<string, unknown>;
	for (let i = 1; i < chain.length; i++) applyDelta(doc, JSON.parse(chain[i]) as Delta);
	return fromDocument(doc as unknown as StructureDocument);
}
