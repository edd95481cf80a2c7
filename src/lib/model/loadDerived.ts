/** A derived file (derivedFrom, patches, remove) laid over a copy of its base. */
import {
	assumptionSchema,
	datedAssumptionSchema,
	defaultLinkId,
	overlayFileSchema,
	statedFigureSchema,
	type OverlayFile
} from './schema';
import {
	dropNulls,
	FileContext,
	foldLineManagement,
	FULL_SCHEMA,
	NORMALISE,
	NOUN,
	type Collection,
	type LineLink,
	type ParseOptions,
	type Rec
} from './loadContext';
import { listSome } from './suggest';
import type { Path } from './validate';
import { toDocument, type StructureDocument } from './structureDocument';
import { LINE_MANAGEMENT, type Structure } from './types';

/** Lays a derived file over a copy of its base. */
export function buildDerived(
	raw: Rec,
	ctx: FileContext,
	opts: ParseOptions
): StructureDocument | undefined {
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
	const base = toDocument(structuredClone(found));
	const s: StructureDocument & Required<Pick<Structure, 'interimPosts'>> = {
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
