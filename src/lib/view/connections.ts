import { LINK_TYPE_NAMES, type AnyLinkType, type Service, type Structure } from '../model/types.ts';
import { endpointResolver } from './graphElements.ts';
import { nameOf } from '$lib/words';

/** One link as seen from a node of the graph: what it is and what is at the other end. */
export interface Connection {
	type: AnyLinkType;
	typeName: string;
	/** The record at the other end (post, unit, service, body or meeting id) and its name. */
	otherId: string;
	otherName: string;
	/** The graph node the other end is drawn at, to select it. */
	otherNode?: string;
	/** Set when this end is a unit or service drawn at this node: the link really names it. */
	via?: string;
	linkId?: string;
	note?: string;
}

export interface Connections {
	manager?: Connection;
	reports: Connection[];
	outgoing: Connection[];
	incoming: Connection[];
}

/**
 * The links in and out of one node of the graph (a post, or a unit, body or meeting drawn on its
 * own), including those that name a unit or service the post heads, and its line management.
 */
export function connectionsOf(s: Structure, nodeId: string): Connections {
	const resolve = endpointResolver(s);
	const result: Connections = { reports: [], outgoing: [], incoming: [] };
	const post = s.posts.get(nodeId);
	if (post?.reportsTo && s.posts.get(post.reportsTo)) {
		result.manager = lineConnection(s, post.reportsTo);
	}
	for (const p of s.posts.values()) {
		if (p.reportsTo === nodeId) result.reports.push(lineConnection(s, p.id));
	}
	for (const link of Object.values(s.links)) {
		const from = resolve(link.from);
		const to = resolve(link.to);
		const base = {
			type: link.type,
			typeName: LINK_TYPE_NAMES[link.type],
			linkId: link.id,
			note: link.note
		};
		if (from?.node === nodeId) {
			result.outgoing.push({
				...base,
				otherId: link.to,
				otherName: nameOf(s, link.to),
				otherNode: to?.node,
				via: link.from !== nodeId ? nameOf(s, link.from) : undefined
			});
		}
		if (to?.node === nodeId) {
			result.incoming.push({
				...base,
				otherId: link.from,
				otherName: nameOf(s, link.from),
				otherNode: from?.node,
				via: link.to !== nodeId ? nameOf(s, link.to) : undefined
			});
		}
	}
	return result;
}

function lineConnection(s: Structure, postId: string): Connection {
	return {
		type: 'line-management',
		typeName: LINK_TYPE_NAMES['line-management'],
		otherId: postId,
		otherName: s.posts.get(postId)!.title,
		otherNode: postId
	};
}

/**
 * The services a node answers for, as its panel lists them: a unit's own services, or, for a post,
 * the services of the unit it heads (a post that heads no unit leads none).
 */
export function servicesOf(s: Structure, nodeId: string): Service[] {
	const post = s.posts.get(nodeId);
	const headed = post && s.units[post.unit]?.head === post.id ? post.unit : undefined;
	return Object.values(s.services).filter((sv) => sv.unit === nodeId || sv.unit === headed);
}

/** An entry the graph's search box can find: a post, or a service, unit or body drawn at a node. */
export interface SearchEntry {
	/** The graph node to select. */
	node: string;
	/** What matched, as shown in the results. */
	label: string;
	kind: 'post' | 'service' | 'unit' | 'body' | 'meeting';
	/** For a service or unit drawn at its head post: that post's title. */
	at?: string;
}

/** Everything the search box can find in a structure, posts first. */
export function searchEntries(s: Structure): SearchEntry[] {
	const resolve = endpointResolver(s);
	const entries: SearchEntry[] = [];
	for (const p of s.posts.values()) entries.push({ node: p.id, label: p.title, kind: 'post' });
	const add = (id: string, label: string, kind: SearchEntry['kind']) => {
		const r = resolve(id);
		if (!r) return;
		entries.push({
			node: r.node,
			label,
			kind,
			at: r.kind === 'post' ? s.posts.get(r.node)!.title : undefined
		});
	};
	for (const u of Object.values(s.units)) add(u.id, u.name, 'unit');
	for (const sv of Object.values(s.services)) add(sv.id, sv.name, 'service');
	for (const b of Object.values(s.bodies)) add(b.id, b.name, 'body');
	return entries;
}

/** Entries whose name contains every word of the query (case-insensitive), best first. */
export function searchGraph(
	entries: readonly SearchEntry[],
	query: string,
	limit = 8
): SearchEntry[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const scored = entries
		.map((e) => {
			const text = e.label.toLowerCase();
			if (!words.every((w) => text.includes(w))) return undefined;
			// Names that start with the query come first, then posts before services.
			const score = (text.startsWith(words[0]) ? 0 : 2) + (e.kind === 'post' ? 0 : 1);
			return { e, score };
		})
		.filter((x): x is { e: SearchEntry; score: number } => x !== undefined);
	scored.sort((a, b) => a.score - b.score || a.e.label.localeCompare(b.e.label));
	return scored.slice(0, limit).map((x) => x.e);
}
