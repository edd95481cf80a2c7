/**
 * The test kit's structure builder: records with test defaults, and a valid structure from lists of
 * them. Grade points are test values chosen to make the arithmetic easy to check by hand; they are
 * not the figures the built-in models use. Test support only: shipped code never imports this.
 */
import { SCHEMA_VERSION } from '../model/types';
import type {
	Assumption,
	Assumptions,
	Body,
	BodyKind,
	Grade,
	Link,
	LinkType,
	Meeting,
	Post,
	Provenance,
	Service,
	Structure,
	Unit
} from '../model/types';

export const testProvenance: Provenance = { kind: 'assumption', note: 'test fixture' };

type StandardAssumption = keyof Pick<
	Assumptions,
	| 'employerNiRate'
	| 'employerNiThreshold'
	| 'employerPensionRate'
	| 'payAward'
	| 'productiveHoursPerYear'
	| 'baseYear'
>;

/**
 * The default assumptions of the model file format (models/README.md), each with the given
 * provenance unless `sources` names another for it.
 */
export function standardAssumptions(
	provenance: Provenance = testProvenance,
	sources: Partial<Record<StandardAssumption, Provenance>> = {}
): Assumptions {
	const a = (key: StandardAssumption, label: string, value: number, unit: Assumption['unit']) => ({
		label,
		value,
		unit,
		provenance: sources[key] ?? provenance
	});
	return {
		employerNiRate: a('employerNiRate', 'Employer NI rate', 0.138, 'rate'),
		employerNiThreshold: a('employerNiThreshold', 'Employer NI threshold', 8788, 'pounds'),
		employerPensionRate: a('employerPensionRate', 'Employer pension rate', 0.19, 'rate'),
		payAward: a('payAward', 'Pay award a year', 0.0275, 'rate'),
		productiveHoursPerYear: a('productiveHoursPerYear', 'Productive hours a year', 1650, 'hours'),
		baseYear: a('baseYear', 'Grade points priced at', 2020, 'year')
	};
}

/** A grade whose range is its point unless `fields` say otherwise. */
export function grade(id: string, name: string, point: number, fields: Partial<Grade> = {}): Grade {
	return { id, name, min: point, max: point, point, provenance: testProvenance, ...fields };
}

/**
 * Full-year costs with the standard assumptions (NI 13.8% above £8,788, pension 19%):
 *   chief-executive  £173,060: NI (173,060 − 8,788) × 13.8% = 22,669.54; pension 32,881.40; total 228,610.94
 *   jnc-director     £145,500: NI (145,500 − 8,788) × 13.8% = 18,866.26; pension 27,645.00; total 192,011.26
 *   assistant-director £82,500: NI (82,500 − 8,788) × 13.8% = 10,172.26; pension 15,675.00; total 108,347.26
 *   head-of-service  £70,000: NI (70,000 − 8,788) × 13.8% =  8,447.26; pension 13,300.00; total  91,747.26
 */
export const TEST_GRADES: Grade[] = [
	grade('chief-executive', 'Chief Executive', 173060),
	grade('jnc-director', 'JNC Director', 145500),
	grade('assistant-director', 'Assistant Director', 82500),
	grade('head-of-service', 'Head of Service', 70000)
];

export function post(id: string, title: string, fields: Partial<Post> = {}): Post {
	return {
		id,
		title,
		grade: 'jnc-director',
		fte: 1,
		status: 'existing',
		unit: 'corporate',
		statutoryRoles: [],
		provenance: testProvenance,
		...fields
	};
}

export function unit(id: string, name: string, fields: Partial<Unit> = {}): Unit {
	return { id, name, group: 'core', provenance: testProvenance, ...fields };
}

export function service(
	id: string,
	name: string,
	unitId: string,
	fields: Partial<Service> = {}
): Service {
	return { id, name, unit: unitId, provenance: testProvenance, ...fields };
}

export function body(id: string, name: string, kind: BodyKind, fields: Partial<Body> = {}): Body {
	return { id, name, kind, provenance: testProvenance, ...fields };
}

/** A link with the id the model files give it by default. */
export function link(type: LinkType, from: string, to: string, fields: Partial<Link> = {}): Link {
	return { id: `${type}:${from}->${to}`, type, from, to, provenance: testProvenance, ...fields };
}

export function meeting(id: string, name: string, fields: Partial<Meeting> = {}): Meeting {
	return {
		id,
		name,
		purpose: name,
		cadence: 'monthly',
		lengthHours: 2,
		curators: [],
		members: [],
		memberRules: [],
		feedsInto: [],
		provenance: testProvenance,
		...fields
	};
}

function byId<T extends { id: string }>(items: T[]): Record<string, T> {
	const out: Record<string, T> = {};
	for (const item of items) out[item.id] = item;
	return out;
}

export interface StructureParts {
	id?: string;
	name?: string;
	date?: string;
	description?: string;
	ceo?: string;
	posts: Post[];
	units?: Unit[];
	services?: Service[];
	links?: Link[];
	bodies?: Body[];
	meetings?: Meeting[];
	grades?: Grade[];
	assumptions?: Assumptions;
	defaultFunding?: Structure['defaultFunding'];
	derivedFrom?: string;
	statedCostChange?: Structure['statedCostChange'];
	spanRules?: Partial<Structure['spanRules']>;
	sources?: string[];
}

/**
 * A valid structure from lists of records. Unless given: the CEO is 'ceo', one unit 'corporate',
 * the test grades, the standard assumptions, all posts on the General Fund, the format's span rules.
 */
export function makeStructure(parts: StructureParts): Structure {
	return {
		schemaVersion: SCHEMA_VERSION,
		id: parts.id ?? 'fixture',
		name: parts.name ?? 'Fixture',
		date: parts.date ?? '2020-12-01',
		description: parts.description ?? 'A test fixture',
		...(parts.derivedFrom ? { derivedFrom: parts.derivedFrom } : {}),
		ceo: parts.ceo ?? 'ceo',
		posts: new Map(parts.posts.map((p) => [p.id, p])),
		units: byId(parts.units ?? [unit('corporate', 'Corporate')]),
		services: byId(parts.services ?? []),
		bodies: byId(parts.bodies ?? []),
		links: byId(parts.links ?? []),
		meetings: byId(parts.meetings ?? []),
		grades: byId(parts.grades ?? TEST_GRADES),
		assumptions: parts.assumptions ?? standardAssumptions(),
		defaultFunding: parts.defaultFunding ?? {
			split: { generalFund: 100 },
			provenance: testProvenance
		},
		spanRules: {
			ceoMax: 5,
			averageTarget: 10,
			averageTolerance: 2,
			narrowBelow: 3,
			...parts.spanRules
		},
		...(parts.statedCostChange ? { statedCostChange: parts.statedCostChange } : {}),
		oneOffCosts: {},
		sources: parts.sources ?? []
	};
}
