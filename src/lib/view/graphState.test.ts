import { describe, expect, it } from 'vitest';
import { readGraphState, writeGraphState } from './graphState.ts';

describe('graph state in the URL', () => {
	it('reads the selected post and hidden link types, ignoring unknown types', () => {
		const state = readGraphState(
			new URLSearchParams('post=dcm&hide=supports,nonsense,dotted-line')
		);
		expect(state).toEqual({ post: 'dcm', hide: ['supports', 'dotted-line'] });
	});

	it('defaults to nothing selected and every type shown', () => {
		expect(readGraphState(new URLSearchParams(''))).toEqual({ post: undefined, hide: [] });
	});

	it('writes only what differs from the default and keeps other parameters', () => {
		const params = writeGraphState(new URLSearchParams('version=3&post=old'), {
			post: undefined,
			hide: ['assures']
		});
		expect(params.toString()).toBe('version=3&hide=assures');
	});
});
