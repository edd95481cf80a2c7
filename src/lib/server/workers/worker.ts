/**
 * The worker thread's entry (piscina loads the bundle of this file, build/workers/worker.js): one
 * message names a task of tasks.ts and carries its plain-data arguments.
 */
import { tasks, type TaskName } from './tasks.ts';

export default function run({ task, args }: { task: TaskName; args: unknown }): unknown {
	return (tasks[task] as (a: unknown) => unknown)(args);
}
