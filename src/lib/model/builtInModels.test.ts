import { describe, expect, it } from 'vitest';
import { IDS, loaded, raw } from '../testing/builtInModels';
import { formatModelError } from './errors';

// The built-in model files themselves: that they load, and that they name no one.
describe('built-in models', () => {
	it('all seven model files load without errors', () => {
		expect(loaded.errors.map(formatModelError)).toEqual([]);
		expect(loaded.structures.map((s) => s.id)).toEqual([...IDS]);
	});

	it('no model file names an individual from the sources', () => {
		const names = [
			'Naylor',
			'Ian Ward',
			'Baxendale',
			'Heaphy',
			'Donna Hall',
			'Eleri Roberts',
			'Crabtree',
			'Tomlinson',
			'Jenrick',
			'Javid',
			'Hanson',
			'Whiteman',
			'Caller',
			'Javed Khan',
			'LeGrand',
			'Le Grand',
			'Warner',
			'Christie',
			'Kerslake'
		];
		for (const id of IDS) for (const n of names) expect(raw(id), `${id}: ${n}`).not.toContain(n);
	});
});
