import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatModelError } from './errors';
import { defaultModelsDir, loadBuiltInModels, loadModelFiles } from './loadFiles';
import { edit, fixture, lineOf } from '$lib/testing/modelFiles';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'model-files-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
const base = fixture('small-base');
const option = fixture('small-option');

describe('loadModelFiles', () => {
	it('loadModelFiles finds a derived file’s base among the other files in its folder', () => {
		write('small-base.yaml', base);
		write('small-option.yaml', option);
		const { structures, errors } = loadModelFiles(['small-option.yaml'], { baseDir: dir });
		expect(errors).toEqual([]);
		// Only the file asked for is returned; its base was read to build it.
		expect(structures.map((s) => s.id)).toEqual(['small-option']);
		expect(structures[0].posts.get('head-transport')).toBeDefined();
	});

	it('loadModelFiles loads bases first whatever order the files are given in', () => {
		write('small-base.yaml', base);
		write('small-option.yaml', option);
		const { structures, errors } = loadModelFiles(['small-option.yaml', 'small-base.yaml'], {
			baseDir: dir
		});
		expect(errors).toEqual([]);
		expect(structures.map((s) => [s.id, s.derivedFrom])).toEqual([
			['small-option', 'small-base'],
			['small-base', undefined]
		]);
	});

	it('loadModelFiles reports a circle of derivedFrom, naming the files', () => {
		write('a.yaml', 'id: a\nderivedFrom: b\n');
		write('b.yaml', 'id: b\nderivedFrom: a\n');
		const { structures, errors } = loadModelFiles(['a.yaml'], { baseDir: dir });
		expect(structures).toEqual([]);
		expect(errors.map(formatModelError)).toContain(
			'b.yaml:2:1 derivedFrom: derivedFrom goes round in a circle: a.yaml → b.yaml → a.yaml; one of these files must be a full structure'
		);
	});

	it('loadModelFiles says when a base failed, and gives the base’s own errors', () => {
		const broken = edit(base, [
			'    grade: director\n    unit: places',
			'    grade: directr\n    unit: places'
		]);
		write('small-base.yaml', broken);
		write('small-option.yaml', option);
		const { structures, errors } = loadModelFiles(['small-option.yaml'], { baseDir: dir });
		expect(structures).toEqual([]);
		expect(errors.map(formatModelError)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^small-base\\.yaml:${lineOf(broken, 'grade: directr')}:5 posts\\[1\\]\\.grade: unknown grade 'directr'`
				)
			),
			`small-option.yaml:${lineOf(option, 'derivedFrom')}:1 derivedFrom: the base 'small-base' (small-base.yaml) did not load; fix its errors first`
		]);
	});

	it('loadModelFiles names a base that no file holds, listing what there is', () => {
		write('small-option.yaml', option);
		write('other.yaml', base.replace('id: small-base', 'id: other'));
		const { errors } = loadModelFiles(['small-option.yaml'], { baseDir: dir });
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toMatch(
			/derivedFrom names 'small-base', which is not a loaded structure; the structures available are: other, small-option/
		);
	});

	it('loadModelFiles gives malformed YAML as an error with the file and line', () => {
		write('bad.yaml', 'id: bad\nname: [unclosed\ndate: 2020-01-01\n');
		const { errors } = loadModelFiles([path.join(dir, 'bad.yaml')], { baseDir: dir });
		expect(errors[0].file).toBe('bad.yaml');
		expect(errors[0].line).toBeGreaterThanOrEqual(2);
		expect(errors[0].message).toMatch(/^malformed YAML/);
	});

	it('loadModelFiles refuses a file that is not UTF-8 at its line, and one over the size limit', () => {
		// "Café" saved as Windows-1252: é is the single byte 0xE9.
		writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from('id: x\nname: Caf\xe9\n', 'latin1'));
		const { errors } = loadModelFiles(['latin1.yaml'], { baseDir: dir });
		expect(formatModelError(errors[0])).toMatch(
			/^latin1\.yaml:2:10: line 2 is not UTF-8 text \(byte 0xE9, character 10/
		);

		write('big.yaml', `id: big\nname: ${'x'.repeat(2000)}\n`);
		const big = loadModelFiles(['big.yaml'], { baseDir: dir, maxBytes: 1024 });
		expect(big.errors[0].message).toBe(
			'the file is larger than 1 KB, the most this server accepts; nothing was imported. Split the file, or ask whoever runs the server to raise BODY_SIZE_LIMIT.'
		);
	});

	it('loadModelFiles reports a file it cannot read', () => {
		const { structures, errors } = loadModelFiles(['missing.yaml'], { baseDir: dir });
		expect(structures).toEqual([]);
		expect(errors).toHaveLength(1);
		expect(formatModelError(errors[0])).toMatch(/^missing\.yaml: cannot read the file/);
	});

	it('loadModelFiles reports two files with one id', () => {
		write('small-base.yaml', base);
		write('copy.yaml', base);
		const { errors } = loadModelFiles(['small-base.yaml', 'copy.yaml'], { baseDir: dir });
		expect(errors.map(formatModelError)).toEqual([
			"copy.yaml id: id 'small-base' is also used by small-base.yaml; each structure needs its own id"
		]);
	});
});

describe('loadBuiltInModels', () => {
	it('loadBuiltInModels returns every structure in the folder, sorted by file name', () => {
		write('small-option.yaml', option);
		write('small-base.yaml', base);
		expect(loadBuiltInModels(dir).map((s) => s.id)).toEqual(['small-base', 'small-option']);
	});

	it('loadBuiltInModels throws an Error that lists each problem as file:line:column field', () => {
		write('small-base.yaml', edit(base, ['    fte: 0.5', '    fte: half']));
		expect(() => loadBuiltInModels(dir)).toThrow(
			/have 1 error:\n.*small-base\.yaml:\d+:5 posts\[3\]\.fte: expected a number, found the text 'half'/
		);
	});

	it('loadBuiltInModels requires each file to be named after its id', () => {
		write('base.yaml', base);
		expect(() => loadBuiltInModels(dir)).toThrow(
			/id 'small-base' does not match the file name; .*rename the file to small-base\.yaml/
		);
	});

	it('loadBuiltInModels reads models/ in the working directory by default', () => {
		expect(defaultModelsDir()).toBe(path.resolve(process.cwd(), 'models'));
	});
});
