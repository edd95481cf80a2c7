/**
 * How record ids are written, without the schemas: the editing core runs in the browser and needs
 * these two, and importing them from schema.ts would bring the whole of zod into every page.
 */

/** Record ids: letters, digits, dots, underscores and hyphens, starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The id a link gets when its file gives none: its type and ends. */
export function defaultLinkId(type: string, from: string, to: string): string {
	return `${type}:${from}->${to}`;
}
