import * as z from 'zod';
import { formatPath, type ModelError } from './errors';
import { explainIssue } from './issues';
import {
	assumptionSchema,
	bodySchema,
	datedAssumptionSchema,
	seniorOptionSchema,
	defaultFundingSchema,
	gradeSchema,
	idSchema,
	linkShape,
	linkTypeSchema,
	meetingShape,
	memberRuleSchema,
	oneOffCostSchema,
	postShape,
	postStatusSchema,
	serviceShape,
	statedFigureSchema,
	statutoryRoleSchema,
	unitSchema
} from './schema';
import { fromDocument, type StructureDocument } from './structureDocument';
import type { Structure } from './types';
import { validateStructure } from './validate';

/**
 * The in-memory form of a structure (types.ts) as a schema: the file shapes from the loader with
 * the fields a Structure always has made required. A document posted to the API is checked
 * against it before validateStructure, so a malformed body is refused with located errors
 * instead of failing somewhere inside the analysis. A field added to Structure must be added here
 * too: SameKeys below stops the type check, and document.test.ts checks every built-in model.
 */
const records = <T extends z.ZodType>(schema: T) => z.record(z.string(), schema);

export const structureDocumentSchema = z.strictObject({
	schemaVersion: z.number(),
	id: idSchema,
	name: z.string(),
	date: z.string(),
	description: z.string(),
	derivedFrom: idSchema.optional(),
	ceo: idSchema,
	posts: records(
		z.strictObject({
			...postShape,
			fte: z.number(),
			status: postStatusSchema,
			statutoryRoles: z.array(statutoryRoleSchema)
		})
	),
	interimPosts: records(
		z.strictObject({
			...postShape,
			fte: z.number(),
			status: postStatusSchema,
			statutoryRoles: z.array(statutoryRoleSchema)
		})
	).optional(),
	units: records(unitSchema),
	services: records(z.strictObject({ ...serviceShape, unit: idSchema })),
	bodies: records(bodySchema),
	links: records(z.strictObject({ ...linkShape, id: z.string().min(1), type: linkTypeSchema })),
	meetings: records(
		z.strictObject({
			...meetingShape,
			curators: z.array(idSchema),
			members: z.array(idSchema),
			memberRules: z.array(memberRuleSchema),
			feedsInto: z.array(idSchema)
		})
	),
	grades: records(gradeSchema),
	assumptions: records(assumptionSchema),
	defaultFunding: defaultFundingSchema,
	spanRules: z.strictObject({
		ceoMax: z.number(),
		averageTarget: z.number(),
		averageTolerance: z.number(),
		narrowBelow: z.number()
	}),
	statedCostChange: statedFigureSchema.optional(),
	postsDeletedOn: datedAssumptionSchema.optional(),
	seniorOption: seniorOptionSchema.optional(),
	oneOffCosts: records(oneOffCostSchema),
	sources: z.array(z.string())
});

// Compile-time guard: the schema and types.ts name the same top-level fields, in both directions.
type SchemaKeys = keyof z.infer<typeof structureDocumentSchema>;
type SameKeys = [
	Exclude<keyof Structure, SchemaKeys>,
	Exclude<SchemaKeys, keyof Structure>
] extends [never, never]
	? true
	: false;
const sameKeys: SameKeys = true;
void sameKeys;

export type DocumentCheck =
	{ ok: true; structure: Structure } | { ok: false; errors: ModelError[] };

/**
 * Check an untrusted document's shape only (the store's save verbs check the semantic rules
 * themselves, so the API does not run them twice). Errors name the field.
 */
export function checkShape(value: unknown, file = 'document'): DocumentCheck {
	const parsed = structureDocumentSchema.safeParse(value);
	if (parsed.success) return { ok: true, structure: fromDocument(value as StructureDocument) };
	return {
		ok: false,
		errors: parsed.error.issues
			.slice(0, 50)
			.flatMap((issue) => explainIssue(issue, value))
			.map(({ path, message }) => ({ file, field: formatPath(path), message }))
	};
}

/** Check an untrusted document: its shape, then the semantic rules. */
export function checkDocument(value: unknown, file = 'document'): DocumentCheck {
	const shape = checkShape(value, file);
	if (!shape.ok) return shape;
	const errors = validateStructure(shape.structure, file);
	return errors.length ? { ok: false, errors } : shape;
}
