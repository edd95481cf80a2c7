/**
 * Record ids for what an HR export names. Posts keep their Position ID where it is a usable id;
 * units and grades get ids from their names ('unit.' and 'grade.' first, so they cannot meet a
 * post id in the shared namespace), the same names always giving the same id.
 */
import { ID_PATTERN } from '../model/ids';

/** 'City Operations & Housing' → 'city-operations-and-housing'. */
export function slug(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return s === '' ? 'x' : s;
}

/** A Position ID as a post id: as written when usable, else with other characters as '-'. */
export function postIdOf(raw: string): string {
	if (ID_PATTERN.test(raw)) return raw;
	const s = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
	return s === '' ? 'post' : s;
}

/** The unit of a department path, outermost first: 'unit.city-operations.waste-services'. */
export function unitIdOf(path: readonly string[]): string {
	return path.length === 0 ? 'unit.none' : `unit.${path.map(slug).join('.')}`;
}

export function gradeIdOf(grade: string): string {
	return grade === '' ? 'grade.ungraded' : `grade.${slug(grade)}`;
}

/** A structure id from the file name: 'HR establishment 2024.csv' → 'hr-establishment-2024'. */
export function structureIdOf(file: string): string {
	const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	return slug(base) === 'x' ? 'establishment' : slug(base);
}
