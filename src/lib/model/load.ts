/**
 * YAML text → Structure. Shapes are checked with the zod schemas, then the structure is assembled
 * (services from their units, line-management links folded into reportsTo, a derived file laid over
 * its base) and checked with validateStructure. Every error carries the line and column of the node
 * at fault; semantic errors are placed by finding the record's entry in the file by its id.
 */
import { LineCounter, parseDocument } from 'yaml';
import { expansionError } from './yamlExpansion';
import type { ModelError } from './errors';
import {
	FileContext,
	foldLineManagement,
	isObject,
	NORMALISE,
	NOUN,
	type Collection,
	type LineLink,
	type ParseOptions,
	type Rec
} from './loadContext';
import { buildDerived } from './loadDerived';
import { defaultLinkId, structureFileSchema, type StructureFile } from './schema';
import { checkStructure, type Path } from './validate';
import { fromDocument, type StructureDocument } from './structureDocument';
import { LINE_MANAGEMENT, SCHEMA_VERSION, type Structure } from './types';

export type LoadResult = { ok: true; structure: Structure } | { ok: false; errors: ModelError[] };

export type { ParseOptions } from './loadContext';

const SPAN_RULE_DEFAULTS = { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 };

/** Parses one structure file; a derived file needs its base through opts.resolveBase. */
export function parseStructureYaml(
	text: string,
	file: string,
	opts: ParseOptions = {}
): LoadResult {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
	if (doc.errors.length > 0) {
		return {
			ok: false,
			errors: doc.errors.map((e) => {
				const pos = lc.linePos(e.pos[0]);
				const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
				return {
					file,
					line: pos.line,
					column: pos.col,
					field: '',
					message: `malformed YAML: ${first}; fix the syntax here`
				};
			})
		};
	}
	const tooLarge = expansionError(doc, lc, text.length, file);
	if (tooLarge) return { ok: false, errors: [tooLarge] };
	let raw: unknown;
	try {
		raw = doc.toJS({ maxAliasCount: 10000 });
	} catch (e) {
		// yaml refuses alias chains that expand without bound (a "billion laughs" file).
		return {
			ok: false,
			errors: [
				{
					file,
					line: 1,
					column: 1,
					field: '',
					message: `the file could not be read: ${(e as Error).message}; write the records out instead of using so many &anchor/*alias references`
				}
			]
		};
	}
	const ctx = new FileContext(doc, lc, file, raw);
	if (!isObject(raw)) {
		ctx.at(
			[],
			raw == null
				? 'the file is empty; a structure needs id, name, date, ceo, assumptions, defaultFunding, grades, units, posts…'
				: 'the file should be a map of fields (id, name, date, ceo, posts…), not a list or a single value'
		);
		return { ok: false, errors: ctx.errors };
	}
	const derived = 'derivedFrom' in raw && raw.complete !== true;
	// Assembled in the JSON form (posts keyed by id, as the file lists them), then made a Structure.
	const assembled = derived ? buildDerived(raw, ctx, opts) : buildFull(raw, ctx);
	if (!assembled || ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
	const structure = fromDocument(assembled);
	for (const i of checkStructure(structure)) ctx.issue(i.at, i.message, i.also);
	return ctx.errors.length > 0 ? { ok: false, errors: ctx.errors } : { ok: true, structure };
}

function emptyStructure(): Required<Pick<StructureDocument, Collection>> {
	return {
		posts: {},
		interimPosts: {},
		units: {},
		services: {},
		bodies: {},
		meetings: {},
		grades: {},
		links: {},
		oneOffCosts: {}
	};
}

/** Adds a record, or reports a second use of its id in the same list with both lines. */
function put(
	s: Required<Pick<StructureDocument, Collection>>,
	ctx: FileContext,
	c: Collection,
	rec: Rec,
	path: Path
): void {
	const id = rec.id as string;
	const records = s[c] as unknown as Record<string, Rec>;
	const key = `${c}\0${id}`;
	if (id in records) {
		const first = ctx.entries.get(key);
		const line = first && ctx.lineOf(first);
		ctx.at(
			[...path, 'id'],
			`duplicate id '${id}': another ${NOUN[c]}${line ? ` at line ${line}` : ''} already uses it; rename one`
		);
		return;
	}
	records[id] = rec;
	ctx.entries.set(key, path);
}

function buildFull(raw: Rec, ctx: FileContext): StructureDocument | undefined {
	const parsed = structureFileSchema.safeParse(raw);
	if (!parsed.success) {
		ctx.zodIssues(parsed.error.issues);
		return undefined;
	}
	const f: StructureFile = parsed.data;
	const s = emptyStructure();
	(f.grades ?? []).forEach((g, i) => put(s, ctx, 'grades', NORMALISE.grades(g), ['grades', i]));
	(f.units ?? []).forEach((u, i) => {
		put(s, ctx, 'units', NORMALISE.units(u), ['units', i]);
		(u.services ?? []).forEach((sv, j) =>
			put(s, ctx, 'services', NORMALISE.services({ ...sv, unit: u.id }), [
				'units',
				i,
				'services',
				j
			])
		);
	});
	(f.bodies ?? []).forEach((b, i) => put(s, ctx, 'bodies', NORMALISE.bodies(b), ['bodies', i]));
	const own = new Map<string, Path>();
	(f.posts ?? []).forEach((p, i) => {
		put(s, ctx, 'posts', NORMALISE.posts(p), ['posts', i]);
		if (p.reportsTo !== undefined) own.set(p.id, ['posts', i, 'reportsTo']);
	});
	const lineLinks: LineLink[] = [];
	(f.links ?? []).forEach((l, i) => {
		if (l.type === LINE_MANAGEMENT) lineLinks.push({ from: l.from, to: l.to, path: ['links', i] });
		else
			put(
				s,
				ctx,
				'links',
				NORMALISE.links({ ...l, id: l.id ?? defaultLinkId(l.type, l.from, l.to) }),
				['links', i]
			);
	});
	foldLineManagement(s.posts, lineLinks, own, ctx);
	(f.interimPosts ?? []).forEach((p, i) =>
		put(s, ctx, 'interimPosts', NORMALISE.interimPosts(p), ['interimPosts', i])
	);
	(f.meetings ?? []).forEach((m, i) =>
		put(s, ctx, 'meetings', NORMALISE.meetings(m), ['meetings', i])
	);
	(f.oneOffCosts ?? []).forEach((c, i) =>
		put(s, ctx, 'oneOffCosts', NORMALISE.oneOffCosts(c), ['oneOffCosts', i])
	);

	const { interimPosts, ...collections } = s;
	return {
		schemaVersion: f.schemaVersion ?? SCHEMA_VERSION,
		id: f.id,
		name: f.name,
		date: f.date,
		description: f.description ?? '',
		...(f.derivedFrom !== undefined ? { derivedFrom: f.derivedFrom } : {}),
		ceo: f.ceo,
		...collections,
		// Only a structure with interim posts carries the field, so older documents compare equal.
		...(Object.keys(interimPosts).length > 0 ? { interimPosts } : {}),
		assumptions: f.assumptions as Structure['assumptions'],
		defaultFunding: f.defaultFunding,
		spanRules: { ...SPAN_RULE_DEFAULTS, ...f.spanRules },
		...(f.statedCostChange ? { statedCostChange: f.statedCostChange } : {}),
		...(f.postsDeletedOn ? { postsDeletedOn: f.postsDeletedOn } : {}),
		...(f.seniorOption ? { seniorOption: f.seniorOption } : {}),
		sources: f.sources ?? []
	};
}
