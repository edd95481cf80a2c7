import { describe, expect, it } from 'vitest';
import { readGraphState, writeGraphState } from './graphState.ts';

describe('graph state in the URL', () => {
	it('reads the selected post, hidden link types and direction, ignoring unknown types', () => {
		const state = readGraphState(new URLSearchParams('post=dcm&hide=supports,nonsense,dotted-line&dir=RIGHT'));
		expect(state).toEqual({ post: 'dcm', hide: ['supports', 'dotted-line'], dir: 'RIGHT' });
	});

	it('defaults to nothing selected, every type shown, top to bottom', () => {
		expect(readGraphState(new URLSearchParams(''))).toEqual({ post: undefined, hide: [], dir: 'DOWN' });
	});

	it('writes only what differs from the default and keeps other parameters', () => {
		const params = writeGraphState(new URLSearchParams('version=3&post=old'), {
			post: undefined,
			hide: ['assures'],
			dir: 'DOWN'
		});
		expect(params.toString()).toBe('version=3&hide=assures');
	});
});
