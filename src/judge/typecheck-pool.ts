/**
 * Type-check processes, kept between checks so that each parses the TypeScript library once: as many as
 * there are cores, started on demand. A check that runs past its time limit, or a process that dies, is
 * a failed check; that process is stopped and replaced by the next check that needs one. An idle one
 * does not keep kata running, and ends when kata does (typecheck-worker.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { CheckFindings, TypecheckAnswer, TypecheckJob } from './typecheck-worker.ts';

export type CheckOutcome = { ok: true; findings: CheckFindings } | { ok: false; why: string };

const HEAP_MB = 2048;
/** Deep types recurse in the compiler; within the 8 MiB stack a process usually gets. */
const STACK_KIB = 4000;
const idle: ChildProcess[] = [];
let running = 0;
const waiting: (() => void)[] = [];
let nextId = 0;
/** Every checker started and not yet ended: none outlives kata, even one in the middle of a check. */
const live = new Set<ChildProcess>();
let exitHooked = false;

export async function runCheck(workerFile: string, job: Omit<TypecheckJob, 'id'>, limitMs: number): Promise<CheckOutcome> {
  if (running >= availableParallelism()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const checker = takeIdle() ?? startChecker(workerFile);
  hold(checker, true);
  try {
    const { outcome, reusable } = await ask(checker, { ...job, id: ++nextId }, limitMs);
    if (reusable) {
      hold(checker, false);
      idle.push(checker);
    } else {
      checker.kill('SIGKILL');
    }
    return outcome;
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function startChecker(workerFile: string): ChildProcess {
  if (!exitHooked) process.once('exit', () => live.forEach((checker) => checker.kill('SIGKILL')));
  exitHooked = true;
  const checker = fork(workerFile, [], {
    execArgv: [`--max-old-space-size=${HEAP_MB}`, `--stack-size=${STACK_KIB}`],
    // Only what Node itself needs: the check reads no environment.
    env: {},
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    serialization: 'advanced',
  });
  live.add(checker);
  checker.once('exit', () => live.delete(checker));
  return checker;
}

/** An idle checker that is still alive (one may have ended on its own meanwhile). */
function takeIdle(): ChildProcess | undefined {
  for (let checker = idle.pop(); checker; checker = idle.pop()) if (checker.connected && checker.exitCode === null && checker.signalCode === null) return checker;
  return undefined;
}

/** A checker at work keeps kata running until it answers; an idle one does not. */
function hold(checker: ChildProcess, busy: boolean): void {
  const channel = checker.channel as { ref(): void; unref(): void } | undefined;
  if (busy) {
    checker.ref();
    channel?.ref();
  } else {
    checker.unref();
    channel?.unref();
  }
}

function ask(checker: ChildProcess, job: TypecheckJob, limitMs: number): Promise<{ outcome: CheckOutcome; reusable: boolean }> {
  return new Promise((resolve) => {
    const settle = (outcome: CheckOutcome, reusable: boolean) => {
      clearTimeout(timer);
      checker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve({ outcome, reusable });
    };
    const onMessage = (answer: TypecheckAnswer) => {
      if (answer.id !== job.id) return;
      if ('diagnostics' in answer) settle({ ok: true, findings: { diagnostics: answer.diagnostics, sourceProblems: answer.sourceProblems } }, true);
      else settle({ ok: false, why: answer.failed === 'stack' ? 'the type check ran out of stack (is something nested thousands of levels deep?)' : `the type check could not finish (${answer.name})` }, false);
    };
    const onError = (error: Error) => settle({ ok: false, why: `the type check could not finish (${error.name})` }, false);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => settle({ ok: false, why: `the type check stopped (${signal ?? `exit code ${code}`}) before it answered` }, false);
    const timer = setTimeout(() => settle({ ok: false, why: `the type check took longer than ${limitMs / 1000} s` }, false), limitMs);
    checker.on('message', onMessage).on('error', onError).on('exit', onExit);
    checker.send(job, (error) => {
      if (error) onError(error);
    });
  });
}
