/**
 * YAML text → Structure. Shapes are checked with the zod schemas, then the structure is assembled
 * (services from their units, line-management links folded into reportsTo, a derived file laid over
 * its base) and checked with validateStructure. Every error carries the line and column of the node
 * at fault; semantic errors are placed by finding the record's entry in the file by its id.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { expansionError } from './yamlExpansion';
import type * as z from 'zod';
import { formatPath, type ModelError } from './errors';
import { explainIssue } from './issues';
import { placeOf } from './locate';
import {
	assumptionSchema,
	bodySchema,
	defaultLinkId,
	gradeSchema,
	linkFileSchema,
	meetingSchema,
	oneOffCostSchema,
	overlayFileSchema,
	postSchema,
	serviceSchema,
	statedFigureSchema,
	datedAssumptionSchema,
	structureFileSchema,
	unitSchema,
	type OverlayFile,
	type StructureFile
} from './schema';
import { listSome } from './suggest';
import { checkStructure, type Path } from './validate';
import { LINE_MANAGEMENT, SCHEMA_VERSION, type Structure } from './types';

export type LoadResult = { ok: true; structure: Structure } | { ok: false; errors: ModelError[] };

export interface ParseOptions {
	/** The structure a derived file names in derivedFrom, if it is loaded. */
	resolveBase?: (id: string) => Structure | undefined;
	/** Ids of the structures that could be bases, to list when derivedFrom names none of them. */
	availableBases?: readonly string[];
}

type Rec = Record<string, unknown>;
type Collection =
	| 'posts'
	| 'interimPosts'
	| 'units'
	| 'services'
	| 'bodies'
	| 'meetings'
	| 'grades'
	| 'links'
	| 'oneOffCosts';

const NOUN: Record<Collection, string> = {
	posts: 'post',
	interimPosts: 'interim post',
	units: 'unit',
	services: 'service',
	bodies: 'body',
	meetings: 'meeting',
	grades: 'grade',
	links: 'link',
	oneOffCosts: 'one-off cost'
};

const SPAN_RULE_DEFAULTS = { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 };

/** Record normalisers: a file entry (or a merged patch) with the format's defaults filled in. */
const normalisePost = (e: Rec) =>
	dropNulls({
		...e,
		fte: e.fte ?? 1,
		status: e.status ?? 'existing',
		statutoryRoles: e.statutoryRoles ?? []
	});

const NORMALISE: Record<Collection, (e: Rec) => Rec> = {
	posts: normalisePost,
	interimPosts: (e) => normalisePost({ ...e, status: e.status ?? 'interim' }),
	units: (e) => {
		const { services: _services, ...unit } = e;
		void _services;
		return dropNulls(unit);
	},
	services: (e) => dropNulls(e),
	bodies: (e) => dropNulls(e),
	meetings: (e) =>
		dropNulls({
			...e,
			curators: e.curators ?? [],
			members: e.members ?? [],
			memberRules: e.memberRules ?? [],
			feedsInto: e.feedsInto ?? []
		}),
	grades: (e) => dropNulls(e),
	links: (e) => dropNulls(e),
	oneOffCosts: (e) => dropNulls(e)
};

/** Full-record schemas, for entries a derived file adds. */
const FULL_SCHEMA: Record<Collection, z.ZodType> = {
	posts: postSchema,
	interimPosts: postSchema,
	units: unitSchema,
	services: serviceSchema,
	bodies: bodySchema,
	meetings: meetingSchema,
	grades: gradeSchema,
	links: linkFileSchema,
	oneOffCosts: oneOffCostSchema
};

function dropNulls(e: Rec): Rec {
	const out: Rec = {};
	for (const k in e) if (e[k] !== null && e[k] !== undefined) out[k] = e[k];
	return out;
}

const isObject = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file being read: where things are in it, and the errors found so far. */
class FileContext {
	readonly errors: ModelError[] = [];
	/** `collection\0id` → the entry's YAML path. */
	readonly entries = new Map<string, Path>();
	/** Post id → YAML path of the line-management link that set its reportsTo. */
	readonly folded = new Map<string, Path>();

	constructor(
		readonly doc: Document,
		readonly lc: LineCounter,
		readonly file: string,
		readonly raw: unknown
	) {}

	/** An error at a YAML path. */
	at(path: Path, message: string): void {
		const place = placeOf(this.doc, this.lc, path);
		this.errors.push({
			file: this.file,
			line: place.line,
			column: place.column,
			field: formatPath(path),
			message
		});
	}

	zodIssues(issues: readonly z.core.$ZodIssue[], prefix: Path = []): void {
		for (const issue of issues) {
			for (const { path, message } of explainIssue(issue, this.raw, prefix)) this.at(path, message);
		}
	}

	lineOf(path: Path): number | undefined {
		return placeOf(this.doc, this.lc, path).line;
	}

	/** A structure path (`posts/<id>/grade`) as a YAML path in this file, if the record is here. */
	yamlPath(at: Path): Path | undefined {
		const [head, id, ...rest] = at;
		if (typeof id === 'string' && head in NOUN) {
			if (head === 'posts' && rest[0] === 'reportsTo' && this.folded.has(id)) {
				return [...this.folded.get(id)!, 'from'];
			}
			const entry = this.entries.get(`${head}\0${id}`);
			return entry ? [...entry, ...rest] : undefined;
		}
		return at;
	}

	/** A semantic issue from validate.ts, placed in the file when its record is here. */
	issue(at: Path, message: string, also?: Path): void {
		const alsoPath = also && this.yamlPath(also);
		const alsoLine = alsoPath && this.lineOf(alsoPath);
		const full = also
			? `${message} (the other is ${alsoLine ? `at line ${alsoLine}` : formatPath(also)})`
			: message;
		const yp = this.yamlPath(at);
		if (yp) {
			const place = placeOf(this.doc, this.lc, yp);
			// Name the field as written in the file where it exists; else the entry plus the rest.
			this.errors.push({
				file: this.file,
				line: place.line,
				column: place.column,
				field: formatPath(yp),
				message: full
			});
		} else this.errors.push({ file: this.file, field: formatPath(at), message: full });
	}
}

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
	const structure = derived ? buildDerived(raw, ctx, opts) : buildFull(raw, ctx);
	if (!structure || ctx.errors.length > 0) return { ok: false, errors: ctx.errors };
	for (const i of checkStructure(structure)) ctx.issue(i.at, i.message, i.also);
	return ctx.errors.length > 0 ? { ok: false, errors: ctx.errors } : { ok: true, structure };
}

function emptyStructure(): Required<Pick<Structure, Collection>> {
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
	s: Required<Pick<Structure, Collection>>,
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

type LineLink = { from: string; to: string; path: Path };

/**
 * Folds line-management links into reportsTo. `own` holds the posts whose reportsTo this file set
 * itself (in a full file, every post that gives reportsTo); a link may not disagree with those.
 */
function foldLineManagement(
	posts: Structure['posts'],
	links: LineLink[],
	own: Map<string, Path>,
	ctx: FileContext
) {
	const byLink = new Map<string, LineLink>();
	for (const l of links) {
		const post = posts[l.to];
		if (!post) {
			ctx.at(
				[...l.path, 'to'],
				`a line-management link goes to '${l.to}', which is not a post; line management joins two posts`
			);
			continue;
		}
		const earlier = byLink.get(l.to);
		if (earlier && earlier.from !== l.from) {
			ctx.at(
				[...l.path, 'from'],
				`post '${l.to}' would have two line managers: '${earlier.from}' (line ${ctx.lineOf(earlier.path)}) and '${l.from}'; a post has one line manager, so make one of them a dotted-line link`
			);
			continue;
		}
		const ownPath = own.get(l.to);
		if (ownPath && post.reportsTo !== l.from) {
			ctx.at(
				[...l.path, 'from'],
				`post '${l.to}' reports to '${String(post.reportsTo)}' (reportsTo, line ${ctx.lineOf(ownPath)}) but this line-management link says '${l.from}'; a post has one line manager, so make them agree or make this a dotted-line link`
			);
			continue;
		}
		byLink.set(l.to, l);
		if (!ownPath) {
			post.reportsTo = l.from;
			ctx.folded.set(l.to, l.path);
		}
	}
}

function buildFull(raw: Rec, ctx: FileContext): Structure | undefined {
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

/** Lays a derived file over a copy of its base. */
function buildDerived(raw: Rec, ctx: FileContext, opts: ParseOptions): Structure | undefined {
	const parsed = overlayFileSchema.safeParse(raw);
	if (!parsed.success) {
		ctx.zodIssues(parsed.error.issues);
		return undefined;
	}
	const f: OverlayFile = parsed.data;
	const found = opts.resolveBase?.(f.derivedFrom);
	if (!found) {
		const available = opts.availableBases
			? `; the structures available are: ${listSome([...opts.availableBases])}`
			: '';
		ctx.at(
			['derivedFrom'],
			`derivedFrom names '${f.derivedFrom}', which is not a loaded structure${available}; correct the id or put the base's file in the same folder`
		);
		return undefined;
	}
	if (f.derivedFrom === f.id) {
		ctx.at(['derivedFrom'], `a structure cannot be derived from itself; give this file its own id`);
		return undefined;
	}
	const base: Structure = structuredClone(found);
	const s: Structure & Required<Pick<Structure, 'interimPosts'>> = {
		...base,
		interimPosts: base.interimPosts ?? {},
		schemaVersion: f.schemaVersion ?? base.schemaVersion,
		id: f.id,
		derivedFrom: base.id,
		name: f.name ?? base.name,
		date: f.date ?? base.date,
		description: f.description ?? base.description,
		ceo: f.ceo ?? base.ceo,
		sources: f.sources ?? base.sources
	};

	// Removals first, with the links that would be left dangling.
	const removed = new Set<string>();
	(f.remove ?? []).forEach((id, i) => {
		let hit = false;
		for (const c of Object.keys(NOUN) as Collection[]) {
			const records = s[c] as Record<string, unknown>;
			if (id in records) {
				delete records[id];
				hit = true;
			}
		}
		if (hit) removed.add(id);
		else
			ctx.at(
				['remove', i],
				`remove names '${id}', which ${base.id} does not have; correct the id or drop it from remove`
			);
	});
	if (removed.size > 0) {
		for (const id in s.links) {
			const l = s.links[id];
			if (removed.has(l.from) || removed.has(l.to)) delete s.links[id];
		}
	}

	const listed = new Set<string>();
	/** Patches an existing record or adds a new one whole. */
	const apply = (c: Collection, entry: Rec, path: Path, extra: Rec = {}) => {
		const id = entry.id as string;
		const key = `${c}\0${id}`;
		if (listed.has(key)) {
			const first = ctx.entries.get(key);
			ctx.at(
				[...path, 'id'],
				`duplicate id '${id}': this file already lists this ${NOUN[c]}${first ? ` at line ${ctx.lineOf(first)}` : ''}; merge the two entries`
			);
			return;
		}
		listed.add(key);
		if (removed.has(id)) {
			ctx.at(
				[...path, 'id'],
				`'${id}' is both removed and listed; drop it from remove or drop this entry`
			);
			return;
		}
		const records = s[c] as unknown as Record<string, Rec>;
		const existing = records[id];
		if (existing) {
			records[id] = NORMALISE[c]({ ...existing, ...entry, ...extra });
		} else {
			const { services: _nested, ...whole } = entry;
			void _nested;
			const check = FULL_SCHEMA[c].safeParse(dropNulls(whole));
			if (!check.success) {
				// Name the fields an added record lacks, so a misspelt id is easy to spot.
				ctx.zodIssues(check.error.issues, path);
				ctx.at(
					[...path, 'id'],
					`'${id}' is not in ${base.id}, so this entry adds a new ${NOUN[c]} and must give all its fields; if you meant to change an existing ${NOUN[c]}, correct the id`
				);
				return;
			}
			records[id] = NORMALISE[c]({ ...(check.data as Rec), ...extra });
		}
		ctx.entries.set(key, path);
	};

	(f.grades ?? []).forEach((g, i) => apply('grades', g, ['grades', i]));
	(f.units ?? []).forEach((u, i) => {
		apply('units', u, ['units', i]);
		// A service listed under a unit sits in that unit: this is how an option moves a service.
		((u.services ?? []) as Rec[]).forEach((sv, j) =>
			apply('services', sv, ['units', i, 'services', j], { unit: u.id })
		);
	});
	(f.bodies ?? []).forEach((b, i) => apply('bodies', b, ['bodies', i]));
	const own = new Map<string, Path>();
	(f.posts ?? []).forEach((p, i) => {
		apply('posts', p, ['posts', i]);
		if (p.reportsTo !== undefined) own.set(p.id as string, ['posts', i, 'reportsTo']);
	});
	const lineLinks: LineLink[] = [];
	(f.links ?? []).forEach((l, i) => {
		const path: Path = ['links', i];
		if (l.type === LINE_MANAGEMENT) {
			if (typeof l.from === 'string' && typeof l.to === 'string')
				lineLinks.push({ from: l.from, to: l.to, path });
			else
				ctx.at(
					path,
					`a line-management link needs from and to (the manager's and the report's post ids)`
				);
			return;
		}
		let id = l.id as string | undefined;
		if (id === undefined) {
			if (typeof l.type !== 'string' || typeof l.from !== 'string' || typeof l.to !== 'string') {
				ctx.at(path, `a link entry needs an id, or type, from and to (which make its id)`);
				return;
			}
			id = defaultLinkId(l.type, l.from, l.to);
		}
		apply('links', { ...l, id }, path);
	});
	foldLineManagement(s.posts, lineLinks, own, ctx);
	(f.interimPosts ?? []).forEach((p, i) => apply('interimPosts', p, ['interimPosts', i]));
	(f.meetings ?? []).forEach((m, i) => apply('meetings', m, ['meetings', i]));
	(f.oneOffCosts ?? []).forEach((c, i) => apply('oneOffCosts', c, ['oneOffCosts', i]));

	// Settings merge field by field.
	for (const [key, patch] of Object.entries(f.assumptions ?? {})) {
		const existing = s.assumptions[key];
		if (existing)
			s.assumptions[key] = dropNulls({
				...existing,
				...patch
			}) as unknown as Structure['assumptions'][string];
		else {
			const check = assumptionSchema.safeParse(patch);
			if (check.success) s.assumptions[key] = check.data as Structure['assumptions'][string];
			else ctx.zodIssues(check.error.issues, ['assumptions', key]);
		}
	}
	if (f.spanRules) s.spanRules = { ...s.spanRules, ...dropNulls(f.spanRules) };
	if (f.defaultFunding) s.defaultFunding = { ...s.defaultFunding, ...dropNulls(f.defaultFunding) };
	if (f.statedCostChange) {
		if (s.statedCostChange)
			s.statedCostChange = { ...s.statedCostChange, ...dropNulls(f.statedCostChange) };
		else {
			const check = statedFigureSchema.safeParse(f.statedCostChange);
			if (check.success) s.statedCostChange = check.data;
			else ctx.zodIssues(check.error.issues, ['statedCostChange']);
		}
	}
	if (f.postsDeletedOn) {
		if (s.postsDeletedOn)
			s.postsDeletedOn = { ...s.postsDeletedOn, ...dropNulls(f.postsDeletedOn) };
		else {
			const check = datedAssumptionSchema.safeParse(f.postsDeletedOn);
			if (check.success) s.postsDeletedOn = check.data;
			else ctx.zodIssues(check.error.issues, ['postsDeletedOn']);
		}
	}
	if (Object.keys(s.interimPosts).length === 0) {
		const { interimPosts: _none, ...rest } = s;
		void _none;
		return rest;
	}
	return s;
}
