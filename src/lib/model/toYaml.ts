/**
 * Structure → YAML in the full form of models/README.md. A derived structure is written whole too,
 * with `derivedFrom` kept for information and `complete: true`, which tells the loader not to lay
 * the file over its base: the file stands alone and reads back to the same structure.
 * Values equal to the format's defaults (fte 1, status existing, empty lists, a link's default id)
 * are left out, as a person writing the file would.
 */
import { Document, isMap, isSeq, isScalar, visit, type YAMLMap } from 'yaml';
import { defaultLinkId } from './ids';
import type { Structure } from './types';

type Rec = Record<string, unknown>;

/** Field order in the written file; fields not listed follow in their own order. */
const ORDER = [
	'schemaVersion',
	'id',
	'name',
	'title',
	'label',
	'kind',
	'type',
	'from',
	'to',
	'date',
	'description',
	'derivedFrom',
	'complete',
	'ceo',
	'sources',
	'grade',
	'unit',
	'reportsTo',
	'group',
	'parent',
	'head',
	'purpose',
	'cadence',
	'lengthHours',
	'weekOfMonth',
	'chair',
	'min',
	'max',
	'point',
	'value',
	'amount',
	'financialYear'
];
const RANK = new Map(ORDER.map((k, i) => [k, i]));

function ordered(rec: Rec, omit: (key: string, value: unknown) => boolean = () => false): Rec {
	const keys = Object.keys(rec).sort((a, b) => (RANK.get(a) ?? 99) - (RANK.get(b) ?? 99));
	const out: Rec = {};
	for (const k of keys) {
		const v = rec[k];
		if (v === undefined || omit(k, v)) continue;
		out[k] = v;
	}
	return out;
}

const emptyList = (_k: string, v: unknown) => Array.isArray(v) && v.length === 0;

/** Maps written on one line, as in the README. */
const FLOW_KEYS = new Set([
	'provenance',
	'cadenceProvenance',
	'funding',
	'split',
	'spanRules',
	'assumed'
]);
/** Lists whose entries are written on one line each. */
const FLOW_ENTRY_LISTS = new Set(['grades', 'bodies', 'services', 'oneOffCosts']);

export function structureToYaml(s: Structure): string {
	const servicesByUnit = new Map<string, Rec[]>();
	for (const sv of Object.values(s.services)) {
		if (!s.units[sv.unit]) {
			throw new Error(
				`service '${sv.id}' sits in unit '${sv.unit}', which is not in the structure; move it to a unit before saving`
			);
		}
		const list = servicesByUnit.get(sv.unit) ?? [];
		const { unit: _unit, ...rest } = sv;
		void _unit;
		list.push(ordered(rest));
		servicesByUnit.set(sv.unit, list);
	}

	const file: Rec = ordered({
		schemaVersion: s.schemaVersion,
		id: s.id,
		name: s.name,
		date: s.date,
		description: s.description,
		derivedFrom: s.derivedFrom,
		complete: s.derivedFrom !== undefined ? true : undefined,
		ceo: s.ceo,
		sources: s.sources
	});
	file.assumptions = Object.fromEntries(
		Object.entries(s.assumptions).map(([k, a]) => [k, ordered({ ...a })])
	);
	file.defaultFunding = ordered({ ...s.defaultFunding });
	file.spanRules = { ...s.spanRules };
	if (s.statedCostChange) file.statedCostChange = ordered({ ...s.statedCostChange });
	if (s.postsDeletedOn) file.postsDeletedOn = ordered({ ...s.postsDeletedOn });
	if (s.seniorOption) file.seniorOption = ordered({ ...s.seniorOption });
	file.grades = Object.values(s.grades).map((g) => ordered({ ...g }));
	file.units = Object.values(s.units).map((u) => {
		const services = servicesByUnit.get(u.id);
		return ordered({ ...u, ...(services ? { services } : {}) });
	});
	file.bodies = Object.values(s.bodies).map((b) => ordered({ ...b }));
	file.posts = [...s.posts.values()].map((p) =>
		ordered(
			{ ...p },
			(k, v) => (k === 'fte' && v === 1) || (k === 'status' && v === 'existing') || emptyList(k, v)
		)
	);
	file.interimPosts = Object.values(s.interimPosts ?? {}).map((p) =>
		ordered(
			{ ...p },
			(k, v) => (k === 'fte' && v === 1) || (k === 'status' && v === 'interim') || emptyList(k, v)
		)
	);
	file.links = Object.values(s.links).map((l) =>
		ordered({ ...l }, (k, v) => k === 'id' && v === defaultLinkId(l.type, l.from, l.to))
	);
	file.meetings = Object.values(s.meetings).map((m) => ordered({ ...m }, emptyList));
	file.oneOffCosts = Object.values(s.oneOffCosts).map((c) => ordered({ ...c }));
	for (const k of [
		'grades',
		'units',
		'bodies',
		'posts',
		'interimPosts',
		'links',
		'meetings',
		'oneOffCosts'
	]) {
		if ((file[k] as unknown[]).length === 0) delete file[k];
	}

	// Records often share one provenance object; write each out in full rather than as &anchors.
	const doc = new Document(file, { aliasDuplicateObjects: false });
	// One line per entry where it fits, as a person would write it; longer entries go in block form.
	const short = (node: unknown) =>
		isMap(node) && JSON.stringify(node.toJSON()).replace(/"/g, '').length <= 84;
	visit(doc, {
		Pair(_, pair) {
			const key = isScalar(pair.key) ? String(pair.key.value) : '';
			const v = pair.value;
			if (FLOW_KEYS.has(key) && isMap(v)) v.flow = true;
			if (isSeq(v) && v.items.every((i) => isScalar(i))) v.flow = true;
			if (FLOW_ENTRY_LISTS.has(key) && isSeq(v))
				for (const item of v.items) if (short(item)) (item as YAMLMap).flow = true;
			if (key === 'assumptions' && isMap(v))
				for (const item of v.items) if (short(item.value)) (item.value as YAMLMap).flow = true;
		}
	});
	return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}
