import { describe, expect, it } from 'vitest';
import {
	nextIndex,
	presentQuery,
	slideActionForKey,
	slideIndexFromParam,
	withSlide
} from './keyboard';

describe('slideActionForKey', () => {
	it('slideActionForKey steps with arrows, space and Page Up/Down', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
			expect(slideActionForKey({ key }, 8)).toEqual({ type: 'next' });
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
			expect(slideActionForKey({ key }, 8)).toEqual({ type: 'previous' });
		expect(slideActionForKey({ key: ' ', shiftKey: true }, 8)).toEqual({ type: 'previous' });
	});

	it('slideActionForKey jumps to slide N on a number key within the deck', () => {
		expect(slideActionForKey({ key: '3' }, 8)).toEqual({ type: 'goto', index: 2 });
		expect(slideActionForKey({ key: '9' }, 8)).toBeNull();
		expect(slideActionForKey({ key: '0' }, 8)).toBeNull();
	});

	it('slideActionForKey gives F to full screen and Escape to leaving, and leaves browser shortcuts alone', () => {
		expect(slideActionForKey({ key: 'f' }, 8)).toEqual({ type: 'fullscreen' });
		expect(slideActionForKey({ key: 'F', shiftKey: true }, 8)).toEqual({ type: 'fullscreen' });
		expect(slideActionForKey({ key: 'Escape' }, 8)).toEqual({ type: 'exit' });
		expect(slideActionForKey({ key: 'f', ctrlKey: true }, 8)).toBeNull();
		expect(slideActionForKey({ key: 'ArrowRight', altKey: true }, 8)).toBeNull();
	});
});

describe('nextIndex', () => {
	it('nextIndex stays within the deck', () => {
		expect(nextIndex({ type: 'next' }, 7, 8)).toBe(7);
		expect(nextIndex({ type: 'previous' }, 0, 8)).toBe(0);
		expect(nextIndex({ type: 'next' }, 2, 8)).toBe(3);
		expect(nextIndex({ type: 'last' }, 2, 8)).toBe(7);
		expect(nextIndex({ type: 'fullscreen' }, 2, 8)).toBeNull();
	});
});

describe('slideIndexFromParam', () => {
	it('slideIndexFromParam counts from 1 and falls back to the first slide', () => {
		expect(slideIndexFromParam('3', 8)).toBe(2);
		expect(slideIndexFromParam('99', 8)).toBe(7);
		expect(slideIndexFromParam('0', 8)).toBe(0);
		expect(slideIndexFromParam('x', 8)).toBe(0);
		expect(slideIndexFromParam(null, 8)).toBe(0);
	});
});

describe('withSlide and presentQuery', () => {
	it('withSlide sets the slide counted from 1 and keeps the other parameters', () => {
		expect(withSlide('?a=clt-2020&b=x&slide=2', 4)).toBe('?a=clt-2020&b=x&slide=5');
		expect(withSlide('', 0)).toBe('?slide=1');
	});

	it('presentQuery names both structures and the slide', () => {
		expect(presentQuery('clt-2020', 'core-delivery-2021-md-to-purpose', 7)).toBe(
			'a=clt-2020&b=core-delivery-2021-md-to-purpose&slide=8'
		);
		expect(presentQuery('a', 'b')).toBe('a=a&b=b');
	});
});
