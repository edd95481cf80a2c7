/**
 * Zod schemas for the YAML file form of a structure (models/README.md). They check shapes and types
 * only; value rules that also apply to structures built in memory (a grade point inside its range,
 * shares summing to 100, no cycles) live in validate.ts so editing and import get them too.
 *
 * Every object is strict: an unknown field is an error that names it, which catches typos such as
 * `reportTo`. Defaults are applied when a file entry becomes a record (see DEFAULTS), not here, so
 * that the same shapes can describe a derived file's patches, which must not gain defaults.
 */
import * as z from 'zod';
import { ID_PATTERN } from './ids';
import { FUNDING_SOURCES, LINK_TYPES, LINE_MANAGEMENT, STATUTORY_ROLES } from './types';

export { defaultLinkId, ID_PATTERN } from './ids';

export const idSchema = z.string().regex(ID_PATTERN);
const text = z.string();
const num = z.number();

export const provenanceSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('source'),
		file: text,
		section: text,
		note: text.optional()
	}),
	z.strictObject({ kind: z.literal('public-record'), record: text, note: text.optional() }),
	z.strictObject({ kind: z.literal('assumption'), note: text }),
	z.strictObject({ kind: z.literal('reconstruction'), note: text, record: text.optional() })
]);

export const fundingSplitSchema = z.strictObject(
	Object.fromEntries(FUNDING_SOURCES.map((k) => [k, num.optional()])) as Record<
		(typeof FUNDING_SOURCES)[number],
		z.ZodOptional<z.ZodNumber>
	>
);

export const postStatusSchema = z.enum(['existing', 'new', 'deleted', 'interim', 'vacant']);
export const statutoryRoleSchema = z.enum(STATUTORY_ROLES as [string, ...string[]]);
export const unitGroupSchema = z.enum(['core', 'delivery', 'external']);
export const bodyKindSchema = z.enum(['member', 'partnership', 'external']);
export const linkTypeSchema = z.enum(LINK_TYPES as [string, ...string[]]);
/** A link in a file may also be `line-management`; the loader folds it into Post.reportsTo. */
export const fileLinkTypeSchema = z.enum([...LINK_TYPES, LINE_MANAGEMENT] as unknown as [
	string,
	...string[]
]);
export const cadenceSchema = z.enum(['weekly', 'fortnightly', 'monthly', 'quarterly', 'annual']);
export const memberRuleSchema = z.enum([
	'all-directors',
	'all-directors-and-reports',
	'ceo-and-direct-reports'
]);
export const oneOffKindSchema = z.enum([
	'redundancy',
	'pension-strain',
	'recruitment',
	'discovery',
	'other'
]);
export const assumptionUnitSchema = z.enum(['rate', 'pounds', 'hours', 'year']);

export const postShape = {
	id: idSchema,
	title: text,
	grade: idSchema,
	fte: num.optional(),
	salary: num.optional(),
	status: postStatusSchema.optional(),
	unit: idSchema,
	reportsTo: idSchema.optional(),
	office: z.boolean().optional(),
	director: z.boolean().optional(),
	remit: text.optional(),
	statutoryRoles: z.array(statutoryRoleSchema).optional(),
	funding: fundingSplitSchema.optional(),
	start: text.optional(),
	end: text.optional(),
	covers: idSchema.optional(),
	provenance: provenanceSchema,
	assumed: z.record(z.string(), text).optional()
};

export const unitShape = {
	id: idSchema,
	name: text,
	group: unitGroupSchema,
	parent: idSchema.optional(),
	head: idSchema.optional(),
	deliveryFunction: z.boolean().optional(),
	external: z.boolean().optional(),
	remit: text.optional(),
	provenance: provenanceSchema
};

/** A service in a file: nested in its unit's `services`, so it names no unit itself. */
export const serviceShape = { id: idSchema, name: text, provenance: provenanceSchema };

export const bodyShape = {
	id: idSchema,
	name: text,
	kind: bodyKindSchema,
	provenance: provenanceSchema
};

export const linkShape = {
	id: z.string().min(1).optional(),
	type: fileLinkTypeSchema,
	from: idSchema,
	to: idSchema,
	note: text.optional(),
	provenance: provenanceSchema
};

export const meetingShape = {
	id: idSchema,
	name: text,
	purpose: text,
	cadence: cadenceSchema,
	lengthHours: num,
	weekOfMonth: num.optional(),
	chair: idSchema.optional(),
	curators: z.array(idSchema).optional(),
	members: z.array(idSchema).optional(),
	memberRules: z.array(memberRuleSchema).optional(),
	feedsInto: z.array(idSchema).optional(),
	replaces: z.array(idSchema).optional(),
	provenance: provenanceSchema,
	cadenceProvenance: provenanceSchema.optional()
};

export const gradeShape = {
	id: idSchema,
	name: text,
	min: num,
	max: num,
	point: num,
	pointYear: num.optional(),
	provenance: provenanceSchema,
	assumed: z.record(z.string(), text).optional()
};

export const oneOffCostShape = {
	id: idSchema,
	label: text,
	kind: oneOffKindSchema,
	amount: num,
	financialYear: text,
	provenance: provenanceSchema
};

export const assumptionShape = {
	label: text,
	value: num,
	unit: assumptionUnitSchema,
	low: num.optional(),
	high: num.optional(),
	provenance: provenanceSchema
};

export const spanRulesShape = {
	ceoMax: num.optional(),
	averageTarget: num.optional(),
	averageTolerance: num.optional(),
	narrowBelow: num.optional()
};

export const statedFigureShape = { label: text, value: num, provenance: provenanceSchema };
export const defaultFundingShape = { split: fundingSplitSchema, provenance: provenanceSchema };

export const postSchema = z.strictObject(postShape);
export const unitSchema = z.strictObject(unitShape);
export const serviceSchema = z.strictObject(serviceShape);
export const unitFileSchema = z.strictObject({
	...unitShape,
	services: z.array(serviceSchema).optional()
});
export const bodySchema = z.strictObject(bodyShape);
export const linkFileSchema = z.strictObject(linkShape);
export const meetingSchema = z.strictObject(meetingShape);
export const gradeSchema = z.strictObject(gradeShape);
export const oneOffCostSchema = z.strictObject(oneOffCostShape);
export const assumptionSchema = z.strictObject(assumptionShape);
export const spanRulesSchema = z.strictObject(spanRulesShape);
export const statedFigureSchema = z.strictObject(statedFigureShape);
export const datedAssumptionShape = { date: text, provenance: provenanceSchema };
export const datedAssumptionSchema = z.strictObject(datedAssumptionShape);
export const defaultFundingSchema = z.strictObject(defaultFundingShape);

/** How a senior option was laid over an establishment (types.ts, SeniorOptionApplied). */
export const seniorOptionSchema = z.strictObject({
	optionId: idSchema,
	optionVersion: num.optional(),
	establishmentId: idSchema,
	establishmentVersion: num.optional(),
	replaced: z.array(idSchema),
	reportsMoveTo: z.record(z.string(), idSchema),
	optionName: text.optional(),
	titles: z.record(z.string(), text).optional()
});

/** The fields every structure file may carry at the top, whichever form it takes. */
const headShape = {
	schemaVersion: num.optional(),
	id: idSchema,
	name: text,
	date: text,
	description: text.optional(),
	ceo: idSchema,
	sources: z.array(text).optional()
};

/** A full structure file (no `derivedFrom`, or `derivedFrom` with `complete: true`). */
export const structureFileSchema = z.strictObject({
	...headShape,
	/** Informational in a full file: the structure this one was derived from. */
	derivedFrom: idSchema.optional(),
	/** Marks a file that lists the whole structure although it names derivedFrom (see toYaml.ts). */
	complete: z.boolean().optional(),
	assumptions: z.record(z.string(), assumptionSchema),
	defaultFunding: defaultFundingSchema,
	spanRules: spanRulesSchema.optional(),
	statedCostChange: statedFigureSchema.optional(),
	postsDeletedOn: datedAssumptionSchema.optional(),
	seniorOption: seniorOptionSchema.optional(),
	grades: z.array(gradeSchema).optional(),
	units: z.array(unitFileSchema).optional(),
	bodies: z.array(bodySchema).optional(),
	posts: z.array(postSchema).optional(),
	interimPosts: z.array(postSchema).optional(),
	links: z.array(linkFileSchema).optional(),
	meetings: z.array(meetingSchema).optional(),
	oneOffCosts: z.array(oneOffCostSchema).optional()
});

/**
 * A patch: every field optional except the id, and an optional field may be set to null to remove
 * it (`reportsTo: null` for a post that becomes the top post).
 */
function patchOf<S extends z.ZodRawShape>(shape: S, keep: readonly string[] = ['id']) {
	const out: Record<string, z.ZodType> = {};
	for (const [key, field] of Object.entries(shape)) {
		if (keep.includes(key)) out[key] = field as z.ZodType;
		else if (field instanceof z.ZodOptional) out[key] = field.nullable().optional();
		else out[key] = (field as z.ZodType).optional();
	}
	return z.strictObject(out);
}

export const postPatchSchema = patchOf(postShape);
export const servicePatchSchema = patchOf(serviceShape);
export const unitPatchSchema = patchOf({
	...unitShape,
	services: z.array(servicePatchSchema).optional()
});
export const bodyPatchSchema = patchOf(bodyShape);
/** A link patch is found by its id, or by type, from and to when it has the default id. */
export const linkPatchSchema = patchOf(linkShape, []);
export const meetingPatchSchema = patchOf(meetingShape);
export const gradePatchSchema = patchOf(gradeShape);
export const oneOffCostPatchSchema = patchOf(oneOffCostShape);
export const assumptionPatchSchema = patchOf(assumptionShape, []);

/** A derived file: its base (derivedFrom) plus the differences. */
export const overlayFileSchema = z.strictObject({
	schemaVersion: num.optional(),
	id: idSchema,
	derivedFrom: idSchema,
	complete: z.literal(false).optional(),
	name: text.optional(),
	date: text.optional(),
	description: text.optional(),
	ceo: idSchema.optional(),
	sources: z.array(text).optional(),
	assumptions: z.record(z.string(), assumptionPatchSchema).optional(),
	defaultFunding: patchOf(defaultFundingShape, []).optional(),
	spanRules: spanRulesSchema.optional(),
	statedCostChange: patchOf(statedFigureShape, []).optional(),
	postsDeletedOn: patchOf(datedAssumptionShape, []).optional(),
	grades: z.array(gradePatchSchema).optional(),
	units: z.array(unitPatchSchema).optional(),
	bodies: z.array(bodyPatchSchema).optional(),
	posts: z.array(postPatchSchema).optional(),
	interimPosts: z.array(postPatchSchema).optional(),
	links: z.array(linkPatchSchema).optional(),
	meetings: z.array(meetingPatchSchema).optional(),
	oneOffCosts: z.array(oneOffCostPatchSchema).optional(),
	/** Ids to delete from the base; links that point at them go too. */
	remove: z.array(z.string()).optional()
});

export type StructureFile = z.infer<typeof structureFileSchema>;
export type OverlayFile = z.infer<typeof overlayFileSchema>;

/** Values a file may leave out. */
export const DEFAULTS = {
	post: { fte: 1, status: 'existing', statutoryRoles: [] as string[] },
	meeting: {
		curators: [] as string[],
		members: [] as string[],
		memberRules: [] as string[],
		feedsInto: [] as string[]
	},
	spanRules: { ceoMax: 5, averageTarget: 10, averageTolerance: 2, narrowBelow: 3 }
} as const;
