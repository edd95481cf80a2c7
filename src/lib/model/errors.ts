/** A problem with a model file or an in-memory structure, precise enough to fix without guessing. */
export interface ModelError {
	/** The file (or, for an in-memory structure, the structure id) the problem is in. */
	file: string;
	/** 1-based line of the offending node, when the structure came from YAML. */
	line?: number;
	/** 1-based column of the offending node. */
	column?: number;
	/** Where in the document: `posts[3].grade` in a file, `posts.md-city-operations.grade` in memory. */
	field: string;
	/** What is wrong and what to do about it. */
	message: string;
}

/** `file:line:column field: message`, the form editors and terminals turn into a link. */
export function formatModelError(e: ModelError): string {
	let where = e.file;
	if (e.line !== undefined) {
		where += `:${e.line}`;
		if (e.column !== undefined) where += `:${e.column}`;
	}
	return e.field ? `${where} ${e.field}: ${e.message}` : `${where}: ${e.message}`;
}

/** Several errors, one a line, for an exception message or a terminal. */
export function formatModelErrors(errors: readonly ModelError[]): string {
	return errors.map(formatModelError).join('\n');
}

/** Path segments as a field: `posts[3].grade` (numbers are list positions). */
export function formatPath(path: readonly (string | number)[]): string {
	let out = '';
	for (const seg of path) {
		if (typeof seg === 'number') out += `[${seg}]`;
		else out += out ? `.${seg}` : seg;
	}
	return out;
}
