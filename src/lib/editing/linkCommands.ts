import { defaultLinkId, ID_PATTERN } from '../model/ids';
import { LINE_MANAGEMENT, LINK_TYPES, type Link } from '../model/types';
import { command, isText } from './command';
import { collectionOf } from './lookup';
import { linkSentence, nameOf } from '../words';

export const addLink = command({
	type: 'addLink',
	refuse(s, { link }) {
		if (!link || typeof link !== 'object') return 'give the link';
		if ((link.type as string) === LINE_MANAGEMENT) {
			return `a post has one line manager, set by moving the post, not by a link; move ${nameOf(s, link.to)} instead, or add a dotted-line link`;
		}
		if (!LINK_TYPES.includes(link.type)) {
			return `'${String(link.type)}' is not a link type; use one of: ${LINK_TYPES.join(', ')}`;
		}
		for (const end of ['from', 'to'] as const) {
			const id = link[end];
			const c = typeof id === 'string' ? collectionOf(s, id) : undefined;
			if (!c || c === 'grades') {
				return `the link's ${end} end '${String(id)}' is not a post, unit, service, body or meeting`;
			}
		}
		if (link.from === link.to) return `${nameOf(s, link.from)} cannot be linked to itself`;
		const id = link.id ?? defaultLinkId(link.type, link.from, link.to);
		if (!ID_PATTERN.test(id) && link.id !== undefined) {
			return `'${id}' is not a usable link id; use letters, digits, '.', '_' and '-'`;
		}
		if (Object.hasOwn(s.links, id)) return `there is already a link '${id}'`;
		for (const lid in s.links) {
			const l = s.links[lid];
			if (l.type === link.type && l.from === link.from && l.to === link.to) {
				return `there is already a link: ${linkSentence((id) => nameOf(s, id), link)}`;
			}
		}
		return undefined;
	},
	perform(d, { link }) {
		const id = link.id ?? defaultLinkId(link.type, link.from, link.to);
		const l: Link = {
			id,
			type: link.type,
			from: link.from,
			to: link.to,
			provenance: link.provenance ?? { kind: 'assumption', note: 'Added while editing a scenario' }
		};
		if (isText(link.note)) l.note = link.note;
		d.links[id] = l;
		return id;
	}
});

export const removeLink = command({
	type: 'removeLink',
	refuse(s, e) {
		if (typeof e.linkId !== 'string' || !Object.hasOwn(s.links, e.linkId)) {
			return `there is no link '${String(e.linkId)}'`;
		}
		return undefined;
	},
	perform(d, e) {
		delete d.links[e.linkId];
	}
});
