import type Database from 'better-sqlite3';

/**
 * Migration 3: the tables behind accounts, sign-in, sharing, decision marks and the audit trail.
 * Shipped migrations are never edited; change this schema by appending another migration.
 *
 * Secrets (session ids, API tokens, the setup code) are stored only as their sha256: a copy of the
 * database does not let anyone sign in. Times the code compares (sessions, failures, locks) are
 * milliseconds since 1970 as integers; times people read (created, audit) are ISO text.
 */
export function accountsMigration(db: Database.Database): void {
	db.exec(`
		CREATE TABLE users (
			id TEXT PRIMARY KEY,
			email TEXT NOT NULL UNIQUE COLLATE NOCASE,
			display_name TEXT NOT NULL,
			role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
			can_see_pay INTEGER NOT NULL DEFAULT 0 CHECK (can_see_pay IN (0, 1)),
			-- argon2id PHC string; NULL for someone who signs in only through single sign-on
			password_hash TEXT,
			created_at TEXT NOT NULL,
			disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
		);
		CREATE TABLE groups (
			id TEXT PRIMARY KEY,
			name TEXT NOT NULL UNIQUE COLLATE NOCASE,
			created_at TEXT NOT NULL
		);
		CREATE TABLE memberships (
			group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
			user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
			PRIMARY KEY (group_id, user_id)
		);
		CREATE INDEX memberships_user ON memberships(user_id);

		CREATE TABLE sessions (
			id_hash TEXT PRIMARY KEY,
			user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
			created_at INTEGER NOT NULL,
			expires_at INTEGER NOT NULL,
			last_seen_at INTEGER NOT NULL,
			address TEXT
		);
		CREATE INDEX sessions_user ON sessions(user_id);

		CREATE TABLE api_tokens (
			id TEXT PRIMARY KEY,
			token_hash TEXT NOT NULL UNIQUE,
			name TEXT NOT NULL,
			user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
			created_at TEXT NOT NULL,
			last_used_at TEXT,
			revoked_at TEXT
		);
		CREATE INDEX api_tokens_user ON api_tokens(user_id);

		CREATE TABLE sign_in_failures (
			kind TEXT NOT NULL CHECK (kind IN ('email', 'address')),
			key TEXT NOT NULL COLLATE NOCASE,
			at INTEGER NOT NULL
		);
		CREATE INDEX sign_in_failures_key ON sign_in_failures(kind, key, at);
		CREATE TABLE sign_in_locks (
			kind TEXT NOT NULL CHECK (kind IN ('email', 'address')),
			key TEXT NOT NULL COLLATE NOCASE,
			until INTEGER NOT NULL,
			PRIMARY KEY (kind, key)
		);

		-- Settings the server keeps for itself (the one-time setup code's hash).
		CREATE TABLE auth_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

		CREATE TABLE structure_sharing (
			structure_id TEXT PRIMARY KEY REFERENCES structures(id),
			owner_id TEXT REFERENCES users(id) ON DELETE SET NULL,
			visibility TEXT NOT NULL DEFAULT 'private'
				CHECK (visibility IN ('private', 'shared', 'everyone'))
		);
		CREATE INDEX structure_sharing_owner ON structure_sharing(owner_id);
		CREATE TABLE structure_grants (
			structure_id TEXT NOT NULL REFERENCES structures(id),
			grantee_kind TEXT NOT NULL CHECK (grantee_kind IN ('user', 'group')),
			grantee_id TEXT NOT NULL,
			access TEXT NOT NULL CHECK (access IN ('view', 'edit')),
			PRIMARY KEY (structure_id, grantee_kind, grantee_id)
		);
		CREATE INDEX structure_grants_grantee ON structure_grants(grantee_kind, grantee_id);

		CREATE TABLE decision_marks (
			structure_id TEXT NOT NULL,
			version INTEGER NOT NULL,
			body TEXT NOT NULL,
			decided_on TEXT NOT NULL,
			marked_by TEXT NOT NULL,
			marked_at TEXT NOT NULL,
			PRIMARY KEY (structure_id, version),
			FOREIGN KEY (structure_id, version) REFERENCES versions(structure_id, version)
		);
		CREATE TRIGGER decision_marks_never_updated BEFORE UPDATE ON decision_marks
		BEGIN SELECT RAISE(ABORT, 'a decision mark is never changed'); END;
		CREATE TRIGGER decision_marks_never_deleted BEFORE DELETE ON decision_marks
		BEGIN SELECT RAISE(ABORT, 'a decision mark is never removed'); END;

		CREATE TABLE audit_log (
			seq INTEGER PRIMARY KEY AUTOINCREMENT,
			at TEXT NOT NULL,
			actor TEXT NOT NULL,
			address TEXT NOT NULL,
			action TEXT NOT NULL,
			subject TEXT NOT NULL,
			detail TEXT NOT NULL CHECK (json_valid(detail)),
			prev_hash TEXT NOT NULL,
			hash TEXT NOT NULL
		);
		CREATE INDEX audit_log_action ON audit_log(action, at);
		CREATE INDEX audit_log_actor ON audit_log(actor, at);
		CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
		BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END;
		CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
		BEGIN SELECT RAISE(ABORT, 'the audit trail is never deleted from'); END;
	`);
	// Scenarios saved before accounts existed were open to anyone who reached the server; they stay
	// readable by everyone signed in, with no owner (an administrator can give them one).
	db.exec(`
		INSERT INTO structure_sharing (structure_id, owner_id, visibility)
		SELECT id, NULL, 'everyone' FROM structures WHERE built_in = 0
	`);
}
