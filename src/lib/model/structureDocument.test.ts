import { describe, expect, it } from 'vitest';
import { clt2020 } from '../testing/councils';
import {
	fromDocument,
	postsMap,
	postsRecord,
	structureFromJson,
	structureToJson,
	toDocument
} from './structureDocument';

describe('structureDocument', () => {
	it('writes every post into the JSON, keyed by id, and reads them back in the same order', () => {
		const s = clt2020();
		const text = structureToJson(s);
		// clt-2020 has the Chief Executive, ten direct reports and the office among its posts.
		const written = JSON.parse(text) as { posts: Record<string, { title: string }> };
		const byId = written.posts;
		const ids = Object.keys(byId);
		expect(ids).toEqual([...s.posts.keys()]);
		expect(ids.length).toBe(s.posts.size);
		expect(byId[s.ceo].title).toBe(s.posts.get(s.ceo)!.title);

		const back = structureFromJson(text);
		expect(back.posts).toBeInstanceOf(Map);
		expect([...back.posts.keys()]).toEqual(ids);
		expect(back).toEqual(s);
	});

	it('JSON.stringify of a structure itself would lose the posts, which is why the edges convert', () => {
		const s = clt2020();
		expect(JSON.parse(JSON.stringify(s)).posts).toEqual({});
		const byId = toDocument(s).posts;
		expect(Object.keys(byId).length).toBe(s.posts.size);
	});

	it('leaves a structure whose posts are a Map as it is, and shares the post records', () => {
		const s = clt2020();
		expect(fromDocument(s)).toBe(s);
		const doc = toDocument(s);
		const again = fromDocument(doc);
		expect(again.posts.get(s.ceo)).toBe(s.posts.get(s.ceo));
	});

	it('postsMap and postsRecord are each other’s inverse', () => {
		const s = clt2020();
		const record = postsRecord(s.posts);
		expect(postsMap(record)).toEqual(s.posts);
		expect(postsRecord(postsMap(record))).toEqual(record);
	});
});
