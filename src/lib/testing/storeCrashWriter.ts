/**
 * A writer process for the crash test (server/store.crash.test.ts): saves versions of one scenario as
 * fast as it can and prints "ACK <version>" only after each save has returned. The test kills it
 * with SIGKILL mid-stream and checks every acknowledged version survived.
 *
 *   node --import tsx src/lib/testing/storeCrashWriter.ts <dataDir>
 */
import { applyEdit } from '../editing/applyEdit';
import { createStore } from '../server/store';
import { editingFixture } from './editingFixture';

const store = createStore({ dataDir: process.argv[2], seed: false });
const created = store.saveScenario({ name: 'Crash test', structure: editingFixture() });
if (!created.ok) throw new Error(JSON.stringify(created));
let structure = store.getStructure(created.id)!.structure;
process.stdout.write(`ID ${created.id}\nACK 1\n`);
for (let n = 2; ; n++) {
	const r = applyEdit(structure, { type: 'retitlePost', postId: 'dn', title: `Title ${n}` });
	if (!r.ok) throw new Error(r.error);
	const saved = store.saveVersion(created.id, r.structure, {
		basedOnVersion: n - 1,
		changeLog: [r.description]
	});
	if (!saved.ok || saved.version !== n) throw new Error(JSON.stringify(saved));
	structure = r.structure;
	// stdout to a pipe is synchronous on Linux: the line is out before the next save starts.
	process.stdout.write(`ACK ${n}\n`);
}
