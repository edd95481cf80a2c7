/**
 * The grades of an HR export and what each costs. A post with a salary is costed at it
 * (Post.salary); the grade's point costs the posts without one (often the vacancies). The point
 * comes from the base structure's grade of the same name when there is one (the council's own
 * figure), else from the salaries the export gives for that grade (their median). A grade with
 * neither cannot be costed: its rows are an error.
 */
import type { Grade, Structure } from '../model/types';
import { rowError, type EstablishmentError } from './errors';
import { gradeIdOf, slug } from './ids';
import type { PostRow } from './readPosts';

export interface GradeCheck {
	grades: Record<string, Grade>;
	/** Grade id of each row ('' for a row whose grade cannot be costed). */
	gradeIds: string[];
	/** For each grade that cannot be costed, by its id, the message about it. */
	uncosted: Map<string, string>;
}

export function buildGrades(
	file: string,
	posts: readonly PostRow[],
	bad: Uint8Array,
	gradeHeader: string,
	errors: EstablishmentError[],
	base?: Structure
): GradeCheck {
	const n = posts.length;
	const gradeIds: string[] = new Array(n);
	const salaries = new Map<string, number[]>();
	const names = new Map<string, string>();
	const rowsOf = new Map<string, number[]>();
	for (let i = 0; i < n; i++) {
		const p = posts[i];
		const id = gradeIdOf(p.grade);
		gradeIds[i] = id;
		if (!names.has(id)) names.set(id, p.grade === '' ? 'Not graded in the export' : p.grade);
		let list = rowsOf.get(id);
		if (!list) rowsOf.set(id, (list = []));
		list.push(i);
		if (p.salary !== undefined) {
			let s = salaries.get(id);
			if (!s) salaries.set(id, (s = []));
			s.push(p.salary);
		}
	}
	const baseGrades = new Map<string, Grade>();
	for (const g of Object.values(base?.grades ?? {})) {
		baseGrades.set(slug(g.name), g);
		baseGrades.set(slug(g.id), g);
	}

	const grades: Record<string, Grade> = {};
	const uncosted = new Map<string, string>();
	for (const [id, name] of names) {
		const from = baseGrades.get(slug(name));
		const paid = salaries.get(id);
		if (from) {
			grades[id] = {
				...from,
				id,
				name,
				provenance: {
					kind: 'reconstruction',
					record: `${base!.name} (${base!.id}), grade ${from.name}`,
					note: `the HR export ${file} names grade ${name}; its range and costing point are those of grade ${from.name} of ${base!.id}`
				}
			};
		} else if (paid) {
			paid.sort((a, b) => a - b);
			const mid = paid.length >> 1;
			const median =
				paid.length % 2 ? paid[mid] : Math.round(((paid[mid - 1] + paid[mid]) / 2) * 100) / 100;
			grades[id] = {
				id,
				name,
				min: paid[0],
				max: paid[paid.length - 1],
				point: median,
				provenance: {
					kind: 'reconstruction',
					record: `HR export ${file}, Salary column`,
					note: `the range is the lowest and highest full-time salary of the ${paid.length} post${paid.length === 1 ? '' : 's'} on this grade with one; the costing point, used for its posts without a salary, is their median`
				}
			};
		} else {
			// Rows with a salary of their own are costed at it; the others cannot be costed.
			const rows = rowsOf.get(id)!.filter((i) => posts[i].salary === undefined);
			const first = posts[rows[0]];
			const what =
				name === 'Not graded in the export'
					? `${rows.length} row${rows.length === 1 ? ' has' : 's have'} neither a grade nor a salary (rows ${listRows(rows, posts)}); give each a ${gradeHeader} or a salary`
					: `grade "${name}" has no salary anywhere to cost it (${rows.length} row${rows.length === 1 ? '' : 's'}: ${listRows(rows, posts)}); give these posts a salary, or import against a structure that has grade "${name}"`;
			errors.push(rowError(file, first.row, gradeHeader, first.grade, what));
			uncosted.set(id, what);
			for (const i of rows) {
				bad[i] = 1;
				gradeIds[i] = '';
			}
		}
	}
	return { grades, gradeIds, uncosted };
}

function listRows(rows: number[], posts: readonly PostRow[]): string {
	const shown = rows.slice(0, 8).map((i) => String(posts[i].row));
	return rows.length > 8 ? `${shown.join(', ')} and ${rows.length - 8} more` : shown.join(', ');
}
