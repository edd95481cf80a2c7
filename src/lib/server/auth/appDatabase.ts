import type Database from 'better-sqlite3';
import { getStore } from '../store.ts';

/** The app's database, for the auth verbs: the store's, opened with DATA_DIR as the store is. */
export function appDatabase(): Database.Database {
	return getStore().db;
}
