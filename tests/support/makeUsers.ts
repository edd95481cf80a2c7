/**
 * Make people on a test server's database, as the admin CLI would (run with DATA_DIR, from this
 * machine): reads [{ email, role, canSeePay?, name? }] as JSON on stdin and prints, for each, a
 * signed-in session cookie and an API token. The passwords are TEST_PASSWORD.
 *
 *   node --import tsx tests/support/makeUsers.ts < people.json
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase } from '../../src/lib/server/database.ts';
import { createUser } from '../../src/lib/server/auth/createUser.ts';
import { createSession } from '../../src/lib/server/auth/sessions.ts';
import { createToken } from '../../src/lib/server/auth/tokens.ts';
import type { Role } from '../../src/lib/server/auth/users.ts';

export const TEST_PASSWORD = 'a test password, long enough';

interface Wanted {
	email: string;
	role: Role;
	canSeePay?: boolean;
	name?: string;
}

const wanted = JSON.parse(readFileSync(0, 'utf8')) as Wanted[];
const db = openDatabase(resolve(process.env.DATA_DIR ?? './data'));
const made: Record<string, { id: string; session: string; token: string }> = {};
for (const w of wanted) {
	const user = await createUser(db, {
		email: w.email,
		displayName: w.name,
		role: w.role,
		canSeePay: w.canSeePay ?? false,
		password: TEST_PASSWORD,
		by: 'system'
	});
	made[w.email] = {
		id: user.id,
		session: createSession(db, user.id, '127.0.0.1').id,
		token: createToken(db, { userId: user.id, name: 'tests', by: 'system' }).token
	};
}
db.close();
process.stdout.write(JSON.stringify(made));
