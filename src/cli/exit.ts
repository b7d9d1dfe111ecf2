/**
 * How kata exits when a solution ran in a worker thread (kata test, kata watch). Node's exit waits for
 * every thread, and one stuck in a single native call never ends (judge/threads.ts): kata would hang
 * after its verdict, or on Ctrl-C. So threads get a grace period to end; past it, kata prints why and
 * ends its own process with SIGKILL, which a shell shows as exit status 137.
 */
import { endAllThreads, stuckThreads } from '../judge/threads.ts';

/** How long a thread may take to end once asked; past it, it is stuck in a native call. */
const THREAD_END_GRACE_MS = 1000;

const STUCK_NOTE = "the solution's thread is stuck in one native call that cannot be interrupted; kata ends itself (exit status 137) rather than wait for it";

/** Once, at start: a process that exits with a stuck thread is killed instead of joining it forever. */
export function guardExit(): void {
  process.once('exit', () => {
    if (stuckThreads(THREAD_END_GRACE_MS) > 0) process.kill(process.pid, 'SIGKILL');
  });
}

/** After a command: ends its threads; if one is stuck, says so on `err` and exits now (through the guard). */
export async function endThreadsBeforeExit(code: number, err: (text: string) => void): Promise<void> {
  if (await endAllThreads(THREAD_END_GRACE_MS)) return;
  err(`note: ${STUCK_NOTE}`);
  process.exit(code);
}

/** Exits with `code` (an interrupt's 130) once the threads have ended or their grace period is over. */
export function exitAfterThreads(code: number): void {
  void endAllThreads(THREAD_END_GRACE_MS).finally(() => process.exit(code));
}
