/**
 * Failures of the machine under the store (a full disk, a read-only folder, a damaged database
 * file) in words a user can act on. SQLite and Node report them as codes; a bare "500 Internal
 * Error" tells nobody that nothing was saved, or what to do.
 */
export interface StorageProblem {
	/** 507 for a full disk; 503 for the rest (the service cannot store anything until fixed). */
	status: 503 | 507;
	kind: 'disk-full' | 'read-only' | 'damaged' | 'io' | 'busy';
	message: string;
}

/** The storage problem an error stands for, or undefined when it is something else. */
export function storageProblem(e: unknown): StorageProblem | undefined {
	if (!e || typeof e !== 'object') return undefined;
	if (e instanceof StorageError) return e.problem;
	const code = String((e as { code?: unknown }).code ?? '');
	if (code === 'SQLITE_FULL' || code === 'ENOSPC')
		return {
			status: 507,
			kind: 'disk-full',
			message: 'The disk is full. Free some space on the server, then try again.'
		};
	if (
		code.startsWith('SQLITE_READONLY') ||
		code === 'EROFS' ||
		code === 'EACCES' ||
		code === 'EPERM'
	)
		return {
			status: 503,
			kind: 'read-only',
			message:
				'The data folder is read-only. Ask whoever runs the server to make it writable (DATA_DIR).'
		};
	if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB')
		return {
			status: 503,
			kind: 'damaged',
			message:
				'The database file is damaged. Restore it from a backup (npm run --silent admin -- restore FILE).'
		};
	if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
		return {
			status: 503,
			kind: 'io',
			message: "The disk could not be read or written. Check the server's disk, then try again."
		};
	if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
		return {
			status: 503,
			kind: 'busy',
			message: 'The database is busy with another program. Try again in a moment.'
		};
	return undefined;
}

/** The words for a failed save: what happened, that nothing was stored, and that no work is lost. */
export function failedSaveMessage(problem: StorageProblem): string {
	const [what, ...todo] = problem.message.split('. ');
	return `${what}: nothing was saved, and your edits are still here. ${todo.join('. ')}`;
}

/** A storage failure found before any request, e.g. when the server starts. */
export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		detail?: string
	) {
		super(detail ? `${problem.message} (${detail})` : problem.message);
		this.name = 'StorageError';
	}
}
