/**
 * A seeded generator of council-shaped establishments for benchmarks: a Chief Executive and office,
 * about six directors, tiers below with an average span near six, directorates and teams as units
 * with services, a few meetings with member rules, grades by tier and the usual assumptions. The
 * same seed and size always give the same structure.
 */
import { prng } from '../../src/lib/testing/prng.ts';
import {
	body,
	link,
	makeStructure,
	meeting,
	standardAssumptions
} from '../../src/lib/testing/structure.ts';
import type {
	Body,
	Grade,
	Link,
	Meeting,
	Post,
	Provenance,
	Service,
	Structure,
	Unit
} from '../../src/lib/model/types.ts';

const generated: Provenance = { kind: 'assumption', note: 'generated for benchmarks' };

const GRADES: [string, string, number][] = [
	['chief-executive', 'Chief Executive', 173060],
	['jnc-director', 'JNC Director', 145500],
	['assistant-director', 'Assistant Director', 82500],
	['head-of-service', 'Head of Service', 70000],
	['manager', 'Manager', 48000],
	['officer', 'Officer', 32000],
	['assistant', 'Assistant', 24000]
];

function gradeForLayer(layer: number): string {
	return GRADES[Math.min(layer - 1, GRADES.length - 1)][0];
}

const DIRECTORATES = [
	'City Operations',
	'City Housing',
	'City and Municipal Development',
	'City Help and Support',
	'City Life Courses',
	'City Management'
];

export interface GenerateOptions {
	posts: number;
	seed?: number;
	/** Mean direct reports of a manager below the directors (spans drawn uniformly from 2..2×mean−2). */
	meanSpan?: number;
}

export function generateEstablishment({
	posts: size,
	seed = 1,
	meanSpan = 6
}: GenerateOptions): Structure {
	const rand = prng(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const postsById: Record<string, Post> = {};
	const units: Record<string, Unit> = {};
	const services: Record<string, Service> = {};
	const links: Record<string, Link> = {};
	const bodies: Record<string, Body> = {};
	const meetings: Record<string, Meeting> = {};
	const grades: Record<string, Grade> = {};
	for (const [id, name, point] of GRADES)
		grades[id] = { id, name, min: point * 0.95, max: point * 1.05, point, provenance: generated };

	let count = 0;
	const add = (
		p: Omit<Post, 'fte' | 'status' | 'statutoryRoles' | 'provenance'> & Partial<Post>
	) => {
		postsById[p.id] = {
			fte: 1,
			status: 'existing',
			statutoryRoles: [],
			provenance: generated,
			...p
		};
		count++;
		return postsById[p.id];
	};

	units['core'] = {
		id: 'core',
		name: 'Council Core',
		group: 'core',
		head: 'ceo',
		provenance: generated
	};
	add({
		id: 'ceo',
		title: 'Chief Executive',
		grade: 'chief-executive',
		unit: 'core',
		statutoryRoles: ['head-of-paid-service']
	});
	add({
		id: 'ceo-office',
		title: 'Head of Chief Executive’s Office',
		grade: 'head-of-service',
		unit: 'core',
		reportsTo: 'ceo',
		office: true
	});

	// Directors and their directorates; the last directorate is the Council Core's City Management.
	const queue: { id: string; layer: number; unit: string }[] = [];
	const roles: Post['statutoryRoles'][] = [
		['s151'],
		['monitoring-officer'],
		['dcs'],
		['dass'],
		['dph'],
		[]
	];
	DIRECTORATES.forEach((name, d) => {
		const unitId = `directorate-${d}`;
		const core = d === DIRECTORATES.length - 1;
		units[unitId] = {
			id: unitId,
			name,
			group: core ? 'core' : 'delivery',
			deliveryFunction: !core,
			head: `director-${d}`,
			provenance: generated
		};
		add({
			id: `director-${d}`,
			title: `Director of ${name}`,
			grade: 'jnc-director',
			unit: unitId,
			reportsTo: 'ceo',
			director: true,
			statutoryRoles: roles[d],
			...(name === 'City Housing' ? { funding: { generalFund: 60, hra: 40 } } : {})
		});
		queue.push({ id: `director-${d}`, layer: 2, unit: unitId });
	});

	// Tiers below, breadth first, until the establishment has its size.
	for (let head = 0; head < queue.length && count < size; head++) {
		const manager = queue[head];
		const span = Math.min(int(2, 2 * meanSpan - 2), size - count);
		for (let k = 0; k < span; k++) {
			const layer = manager.layer + 1;
			const id = `p${count}`;
			let unitId = manager.unit;
			if (layer === 3 || layer === 4) {
				// Assistant directors and heads of service head a team unit inside their manager's unit,
				// with services.
				unitId = `team-${count}`;
				units[unitId] = {
					id: unitId,
					name: `Team ${count}`,
					group: units[manager.unit].group,
					parent: manager.unit,
					head: id,
					provenance: generated
				};
				for (let v = 0; v < (layer === 3 ? 3 : 1); v++) {
					const serviceId = `service-${count}-${v}`;
					services[serviceId] = {
						id: serviceId,
						name: `Service ${count}.${v}`,
						unit: unitId,
						provenance: generated
					};
				}
			}
			const r = rand();
			add({
				id,
				title: `Post ${count}`,
				grade: gradeForLayer(layer),
				unit: unitId,
				reportsTo: manager.id,
				...(r < 0.04 ? { start: '2021-07-01' } : r < 0.06 ? { end: '2022-09-30' } : {}),
				...(r > 0.97 ? { fte: 0.5 } : {}),
				...(units[manager.unit]?.name === 'City Housing'
					? { funding: { generalFund: 60, hra: 40 } }
					: {})
			});
			queue.push({ id, layer, unit: unitId });
		}
	}

	// Accountability links: the Core's director sets purpose for each delivery directorate; a member
	// body interfaces with each; the assurance meeting assures them.
	for (let d = 0; d < DIRECTORATES.length - 1; d++) {
		const to = `directorate-${d}`;
		const member = `cabinet-member-${d}`;
		bodies[member] = body(member, `Cabinet Member ${d + 1}`, 'member', { provenance: generated });
		for (const [type, from] of [
			['sets-purpose-for', `director-${DIRECTORATES.length - 1}`],
			['member-interface', member],
			['assures', 'assurance-group']
		] as const) {
			const l = link(type, from, to, { provenance: generated });
			links[l.id] = l;
		}
	}

	const generatedMeeting = (id: string, name: string, m: Partial<Meeting>) =>
		meeting(id, name, { provenance: generated, ...m });
	meetings['clt'] = generatedMeeting('clt', 'CLT', {
		cadence: 'weekly',
		lengthHours: 3,
		chair: 'ceo',
		memberRules: ['ceo-and-direct-reports']
	});
	meetings['performance-group'] = generatedMeeting('performance-group', 'Performance group', {
		chair: `director-${DIRECTORATES.length - 1}`,
		memberRules: ['all-directors'],
		lengthHours: 3
	});
	meetings['assurance-group'] = generatedMeeting('assurance-group', 'Assurance group', {
		chair: `director-${DIRECTORATES.length - 1}`,
		memberRules: ['all-directors']
	});
	meetings['leadership-group'] = generatedMeeting('leadership-group', 'Leadership group', {
		memberRules: ['all-directors-and-reports'],
		cadence: 'quarterly',
		lengthHours: 4
	});
	DIRECTORATES.forEach((name, d) => {
		meetings[`dmt-${d}`] = generatedMeeting(`dmt-${d}`, `${name} management team`, {
			cadence: 'fortnightly',
			chair: `director-${d}`,
			members: queue.filter((q) => postsById[q.id].reportsTo === `director-${d}`).map((q) => q.id)
		});
	});

	return makeStructure({
		id: `generated-${size}-${seed}`,
		name: `Generated establishment of ${size} posts (seed ${seed})`,
		date: '2021-01-19',
		description: 'Generated for benchmarks',
		posts: Object.values(postsById),
		units: Object.values(units),
		services: Object.values(services),
		bodies: Object.values(bodies),
		links: Object.values(links),
		meetings: Object.values(meetings),
		grades: Object.values(grades),
		assumptions: standardAssumptions(generated),
		defaultFunding: { split: { generalFund: 100 }, provenance: generated }
	});
}

/**
 * A second establishment: the first with about `rate` of its posts changed, a quarter each moved
 * (to another manager one layer up, so no loop), regraded, added and removed (leaf posts marked
 * deleted), and a few services moved. Unchanged records are shared with the first, as after edits.
 */
export function perturbEstablishment(s: Structure, { seed = 2, rate = 0.02 } = {}): Structure {
	const rand = prng(seed);
	const ids = [...s.posts.keys()];
	const posts = new Map(s.posts);
	const depth = new Map<string, number>();
	const depthOf = (id: string): number => {
		let d = depth.get(id);
		if (d === undefined) {
			const up = s.posts.get(id)!.reportsTo;
			d = up ? depthOf(up) + 1 : 1;
			depth.set(id, d);
		}
		return d;
	};
	const hasReports = new Set<string>();
	for (const id of ids) {
		const up = s.posts.get(id)!.reportsTo;
		if (up) hasReports.add(up);
	}
	const byDepth = new Map<number, string[]>();
	for (const id of ids) {
		const d = depthOf(id);
		let list = byDepth.get(d);
		if (!list) byDepth.set(d, (list = []));
		list.push(id);
	}
	const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
	const changes = Math.round(ids.length * rate);
	const gradeIds = Object.keys(s.grades);
	for (let k = 0; k < changes; k++) {
		const id = pick(ids);
		const post = posts.get(id)!;
		if (id === s.ceo || post.status === 'deleted') continue;
		const kind = k % 4;
		if (kind === 0) {
			const managers = byDepth.get(depthOf(id) - 1) ?? [];
			posts.set(id, { ...post, reportsTo: pick(managers) });
		} else if (kind === 1) {
			posts.set(id, { ...post, grade: pick(gradeIds) });
		} else if (kind === 2) {
			const newId = `added-${k}`;
			posts.set(newId, {
				...post,
				id: newId,
				title: `Added post ${k}`,
				status: 'new',
				reportsTo: id,
				office: false,
				director: false,
				statutoryRoles: []
			});
		} else if (!hasReports.has(id)) {
			posts.set(id, { ...post, status: 'deleted' });
		}
	}
	const services = { ...s.services };
	const unitIds = Object.keys(s.units);
	const serviceIds = Object.keys(s.services);
	for (let k = 0; k < Math.ceil(serviceIds.length * rate); k++) {
		const id = pick(serviceIds);
		services[id] = { ...services[id], unit: pick(unitIds) };
	}
	return { ...s, id: `${s.id}-changed`, name: `${s.name}, changed`, posts, services };
}
