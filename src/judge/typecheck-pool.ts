/**
 * Type-check workers, kept between checks so that each parses the TypeScript library once: as many as
 * there are cores, started on demand. A check that runs past its time limit, or a worker that dies, is
 * a failed check; that worker is stopped and replaced by the next check that needs one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckFindings, TypecheckAnswer, TypecheckJob } from './typecheck-worker.ts';

export type CheckOutcome = { ok: true; findings: CheckFindings } | { ok: false; why: string };

const HEAP_MB = 2048;
const idle: Worker[] = [];
let running = 0;
const waiting: (() => void)[] = [];
let nextId = 0;

export async function runCheck(workerFile: string, job: Omit<TypecheckJob, 'id'>, limitMs: number): Promise<CheckOutcome> {
  if (running >= availableParallelism()) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  const worker = idle.pop() ?? new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, stackSizeMb: 16 } });
  worker.ref();
  try {
    const { outcome, reusable } = await ask(worker, { ...job, id: ++nextId }, limitMs);
    if (reusable) {
      worker.unref();
      idle.push(worker);
    } else {
      void worker.terminate();
    }
    return outcome;
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function ask(worker: Worker, job: TypecheckJob, limitMs: number): Promise<{ outcome: CheckOutcome; reusable: boolean }> {
  return new Promise((resolve) => {
    const settle = (outcome: CheckOutcome, reusable: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve({ outcome, reusable });
    };
    const onMessage = (answer: TypecheckAnswer) => {
      if (answer.id !== job.id) return;
      if ('diagnostics' in answer) settle({ ok: true, findings: { diagnostics: answer.diagnostics, sourceProblems: answer.sourceProblems } }, true);
      else settle({ ok: false, why: answer.failed === 'stack' ? 'the type check ran out of stack (is something nested thousands of levels deep?)' : `the type check could not finish (${answer.name})` }, false);
    };
    const onError = (error: Error) => settle({ ok: false, why: `the type check could not finish (${error.name})` }, false);
    const onExit = (code: number) => settle({ ok: false, why: `the type check stopped (exit code ${code}) before it answered` }, false);
    const timer = setTimeout(() => settle({ ok: false, why: `the type check took longer than ${limitMs / 1000} s` }, false), limitMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}
