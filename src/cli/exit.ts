/**
 * How kata exits when a solution ran in a worker thread (kata test, kata watch). Node's exit waits for
 * every thread, and one stuck in a single native call never ends (judge/threads.ts): kata would hang
 * after its verdict, or on Ctrl-C. So threads get a grace period to end (a large typed-array sort takes
 * a second or two to stop); past it, kata says why, runs its exit handlers (killing sandboxes and type
 * checkers, removing cgroups), and ends its own process with SIGKILL, which a shell shows as status 137.
 */
import { endAllThreads, stuckThreads } from '../judge/threads.ts';

/** How long threads may take to end once asked; past it, one is stuck in a native call. */
export const THREAD_END_GRACE_MS = 5000;

let leaving = false;

const STUCK_NOTE = "the solution's thread is stuck in one native call that cannot be interrupted; kata ends itself (exit status 137) rather than wait for it";

/**
 * Once, at start. On any exit with a stuck thread, the other exit handlers run first (this one was
 * registered before them), then the process is killed instead of joining the thread forever.
 */
export function guardExit(): void {
  process.once('exit', function guard(code: number) {
    if (stuckThreads(THREAD_END_GRACE_MS) === 0) return;
    for (const listener of process.listeners('exit')) if (listener !== guard) (listener as (code: number) => void).call(process, code);
    process.kill(process.pid, 'SIGKILL');
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
  // Ctrl-C reaches both the command's handler and main's: one exit is enough.
  if (leaving) return;
  leaving = true;
  void endAllThreads(THREAD_END_GRACE_MS).then((ended) => {
    if (!ended) process.stderr.write(`note: ${STUCK_NOTE}\n`);
    process.exit(code);
  });
}
