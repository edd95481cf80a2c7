import { describe, expect, it } from 'vitest';
import { readGraphState, toggleLinkType, writeGraphState } from './graphState.ts';

describe('graph state in the URL', () => {
	it('reads the selected post and the link types drawn, ignoring unknown types', () => {
		const state = readGraphState(
			new URLSearchParams('post=dcm&links=supports,nonsense,dotted-line')
		);
		// In the legend's order: dotted line comes before supports.
		expect(state).toEqual({ post: 'dcm', links: ['dotted-line', 'supports'] });
	});

	it('defaults to nothing selected and line management alone drawn', () => {
		expect(readGraphState(new URLSearchParams(''))).toEqual({
			post: undefined,
			links: ['line-management']
		});
	});

	it('still reads an older address that named the hidden types', () => {
		const state = readGraphState(new URLSearchParams('hide=supports,line-management'));
		expect(state.links).toEqual([
			'dotted-line',
			'sets-purpose-for',
			'commissions',
			'holds-to-account',
			'assures',
			'member-interface',
			'partnership-lead'
		]);
	});

	it('writes only what differs from the default and keeps other parameters', () => {
		const params = writeGraphState(new URLSearchParams('version=3&post=old&hide=assures'), {
			post: undefined,
			links: ['line-management']
		});
		expect(params.toString()).toBe('version=3');
		const table = writeGraphState(new URLSearchParams('version=3'), {
			post: 'ceo',
			links: ['assures', 'line-management'],
			table: true
		});
		expect(table.toString()).toBe('version=3&post=ceo&links=line-management%2Cassures&view=table');
		expect(readGraphState(table)).toEqual({
			post: 'ceo',
			links: ['line-management', 'assures'],
			table: true
		});
	});

	it('says "none" when every type is switched off, and reads it back', () => {
		const off = toggleLinkType({ links: ['line-management'] }, 'line-management', false);
		const params = writeGraphState(new URLSearchParams(), off);
		expect(params.toString()).toBe('links=none');
		expect(readGraphState(params).links).toEqual([]);
	});
});
