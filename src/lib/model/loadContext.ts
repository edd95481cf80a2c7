/**
 * What the loader shares between a full file and a derived one: the record collections and their
 * defaults, the file being read (where things are in it, and the errors found so far), and the
 * folding of line-management links into reportsTo.
 */
import type { Document, LineCounter } from 'yaml';
import type * as z from 'zod';
import { formatPath, type ModelError } from './errors';
import { explainIssue } from './issues';
import { placeOf } from './locate';
import {
	bodySchema,
	gradeSchema,
	linkFileSchema,
	meetingSchema,
	oneOffCostSchema,
	postSchema,
	serviceSchema,
	unitSchema
} from './schema';
import type { Path } from './validate';
import type { StructureDocument } from './structureDocument';
import type { Structure } from './types';

export interface ParseOptions {
	/** The structure a derived file names in derivedFrom, if it is loaded. */
	resolveBase?: (id: string) => Structure | undefined;
	/** Ids of the structures that could be bases, to list when derivedFrom names none of them. */
	availableBases?: readonly string[];
}

export type Rec = Record<string, unknown>;
export type Collection =
	| 'posts'
	| 'interimPosts'
	| 'units'
	| 'services'
	| 'bodies'
	| 'meetings'
	| 'grades'
	| 'links'
	| 'oneOffCosts';

export const NOUN: Record<Collection, string> = {
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

/** Record normalisers: a file entry (or a merged patch) with the format's defaults filled in. */
const normalisePost = (e: Rec) =>
	dropNulls({
		...e,
		fte: e.fte ?? 1,
		status: e.status ?? 'existing',
		statutoryRoles: e.statutoryRoles ?? []
	});

export const NORMALISE: Record<Collection, (e: Rec) => Rec> = {
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
export const FULL_SCHEMA: Record<Collection, z.ZodType> = {
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

export function dropNulls(e: Rec): Rec {
	const out: Rec = {};
	for (const k in e) if (e[k] !== null && e[k] !== undefined) out[k] = e[k];
	return out;
}

export const isObject = (v: unknown): v is Rec =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** The file being read: where things are in it, and the errors found so far. */
export class FileContext {
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

export type LineLink = { from: string; to: string; path: Path };

/**
 * Folds line-management links into reportsTo. `own` holds the posts whose reportsTo this file set
 * itself (in a full file, every post that gives reportsTo); a link may not disagree with those.
 */
export function foldLineManagement(
	posts: StructureDocument['posts'],
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
