/**
 * Where a solution runs while it is judged. Every host answers the same requests and ends each in the
 * same outcomes (sandbox/outcomes.ts), so the judge does not care which one it has:
 * - `process`: a sandboxed child process (sandbox.ts), for everything that judges: judge, grade,
 *   validate, stress. It is the one that holds against hostile code.
 * - `thread`: a worker thread of kata itself (thread-sandbox.ts), for the practice commands on the
 *   solver's own solution, where starting a process would cost more than the examples.
 * - `inline`: a vm context in kata's main thread (inline-host.ts), kata test's first try: its results
 *   stand only when every case is AC or WA; otherwise the cases run again in a thread (judge.ts).
 */
import type { LoadOutcome, RepeatOutcome, RunOutcome } from './sandbox/outcomes.ts';
import { Sandbox, type SandboxOptions } from './sandbox.ts';
import { ThreadSandbox, type StartedThread } from './thread-sandbox.ts';
import { InlineHost } from './inline-host.ts';

export type { SandboxOptions } from './sandbox.ts';

export type HostKind = 'process' | 'thread' | 'inline';

export interface SolutionHost {
  /** Loads the solution; the time limit covers code that runs at import time. */
  load(timeLimitMs: number): Promise<LoadOutcome>;
  /** One call on a case; `measureHeap` asks for the heap the call used. */
  run(payload: Uint8Array, seed: number, timeLimitMs: number, measureHeap?: boolean): Promise<RunOutcome>;
  /** The same case `runs` more times (at most `budgetMs` of calls), for a median time. */
  repeat(payload: Uint8Array, seed: number, runs: number, budgetMs: number, timeLimitMs: number): Promise<RepeatOutcome>;
  /** Ends the host; nothing it ran is left running. */
  dispose(): Promise<void>;
  readonly alive: boolean;
}

/** `started`: for a thread, one already booting (thread-sandbox.ts's startThread). */
export function openHost(kind: HostKind, options: SandboxOptions, started?: StartedThread): SolutionHost {
  if (kind === 'inline') return new InlineHost(options);
  return kind === 'thread' ? new ThreadSandbox(options, started) : new Sandbox(options);
}
