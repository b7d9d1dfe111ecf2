/**
 * Judging one solution on a list of cases: compile, load in a sandbox, run
 * each case with a fresh copy of its inputs, and turn every outcome into a
 * verdict. Whatever the solution does ends in a verdict, never in a crash.
 */
import type { Case, Problem } from '../problem/load.ts';
import { loadCustomChecker } from './checker.ts';
import { compileSolution, prepareRuntime, type CompileResult, type Runtime } from './compile.ts';
import { typecheckSolution } from './typecheck.ts';
import { openHost, type HostKind } from './host.ts';
import { inlineTrialClean, inlineTrialMark } from './inline-host.ts';
import { startThread, type StartedThread } from './thread-sandbox.ts';
import type { LoadOutcome, RunOutcome } from './sandbox.ts';
import { judgeOutcome, round, solutionLocation, type OutcomeContext } from './outcome.ts';
import { argumentPayload, callSpec } from './spec.ts';
import { checkReplyShape } from './shape.ts';
import { shouldRepeat, SINGLE, timeCase } from './timing.ts';
import { isKataError } from '../util/errors.ts';
import { safeText } from '../util/text.ts';
import { STRUCTURES_MODULE } from '../problem/signature.ts';
import { overallVerdict, type CaseResult, type Judgment, type Verdict } from './verdict.ts';
import { endThread } from './threads.ts';

export interface JudgeRequest {
  problem: Problem;
  cases: readonly Case[];
  /** Absolute path of the solution's .ts file. */
  solutionFile: string;
  /** How the solution is named in messages and reports, e.g. `solutions/knapsack-01.ts`. */
  solutionLabel: string;
  cacheDir: string;
  /** Show hidden cases' data in messages, as for examples: for authors (kata validate), never for solvers. */
  revealHidden?: boolean;
  /** Keep what passing examples printed too (kata test --verbose); failures always keep it. */
  keepOutput?: boolean;
  /** The time limit per case; by default the problem's, calibrated on this machine when it asks for that. */
  timeLimitMs?: number;
  /** Also run the TypeScript compiler on the solution, alongside the cases: a mismatch is CE. */
  typecheck?: boolean;
  onCase?: (result: CaseResult) => void;
  /** Where the solution runs (host.ts): a sandboxed process unless a practice command asks for a thread. */
  host?: HostKind;
  /** A thread started early for the first host, when it is a thread (kata test starts one while loading). */
  thread?: StartedThread;
}

const UNJUDGEABLE = 'the answer could not be judged';

/** Loading may take longer than a case, but code that loops at import time must still be stopped. */
export const MIN_LOAD_LIMIT_MS = 2000;

export async function judgeSolution(request: JudgeRequest): Promise<Judgment> {
  // A thread boots while the solution compiles and its type check starts, not after.
  const started = request.host === 'thread' && !request.thread ? { ...request, thread: startThread(prepareRuntime(request.cacheDir).threadHarness, request.problem.meta.limits.memoryMb) } : request;
  try {
    return await judgeWith(started);
  } finally {
    // A thread started early but never used (the solution did not compile) is not left running.
    if (started.thread && !started.thread.adopted) endThread(started.thread.worker);
  }
}

async function judgeWith(request: JudgeRequest): Promise<Judgment> {
  const { problem } = request;
  const runtime = prepareRuntime(request.cacheDir);
  const compiled = await compileSolution(request.cacheDir, request.solutionFile, runtime.structures);
  if (!compiled.ok) return failedToLoad(request, 'CE', relabel(compiled.message, request));
  const typing = request.typecheck ? typecheckSolution(request.cacheDir, problem, request.solutionFile, request.solutionLabel) : null;
  typing?.catch(() => undefined); // awaited below; a failure of the checker itself surfaces there
  const timeLimitMs = request.timeLimitMs ?? (await problemTimeLimit(problem, request.cacheDir));
  const judgment = await runCasesInlineFirst(request, runtime, compiled, timeLimitMs);
  const typed = await typing;
  if (!typed || typed.ok) return judgment;
  // A broken rule of the source (a forbidden import, no named export) says exactly what to change:
  // it replaces even a load failure's message, which could only report what went wrong at run time.
  const ran = judgment.cases.some((result) => result.verdict !== 'SKIPPED');
  if (typed.sourceRule) return { ...judgment, verdict: 'CE', message: oneLine(ran ? `${typed.message} (the cases ran: ${judgment.passed}/${judgment.total} passed)` : typed.message) };
  // A solution that did not load already has the more precise CE message. One that ran keeps its
  // case verdicts (they are true), but is not accepted: the verdict is CE and says why.
  if (judgment.verdict === 'CE') return judgment;
  return { ...judgment, verdict: 'CE', message: safeText(`${typed.message} (the cases ran: ${judgment.passed}/${judgment.total} passed; --no-typecheck skips this check)`) };
}

/** A number, or a calibrated limit: calibrate.ts is loaded only for a problem that has one. */
async function problemTimeLimit(problem: Problem, cacheDir: string): Promise<number> {
  const rule = problem.meta.limits.timeMs;
  if (typeof rule === 'number') return rule;
  const { timeLimitFor } = await import('./calibrate.ts');
  return timeLimitFor(problem, cacheDir);
}

type Compiled = Extract<CompileResult, { ok: true }>;

/**
 * kata test's fast path: with the inline host, the cases run first in kata's main thread, unreported,
 * and those results stand only when every case is AC or WA. Anything else (a throw, a limit, a case the
 * inline host gave up on) and the cases run again in a thread, reported as they finish: its verdicts
 * and messages are the ones a solver sees for a failure.
 */
async function runCasesInlineFirst(request: JudgeRequest, runtime: Runtime, compiled: Compiled, timeLimitMs: number): Promise<Judgment> {
  if (request.host !== 'inline') {
    const judgment = await runCases(request, runtime, compiled, timeLimitMs);
    return request.host === 'thread' ? { ...judgment, ranIn: 'thread' } : judgment;
  }
  const mark = inlineTrialMark();
  const trial = await runCases({ ...request, onCase: undefined }, runtime, compiled, timeLimitMs);
  const settled = trial.cases.every((result) => result.verdict === 'AC' || result.verdict === 'WA');
  if (settled && (await inlineTrialClean(mark))) {
    for (const result of trial.cases) request.onCase?.(result);
    return { ...trial, ranIn: 'inline' };
  }
  return { ...(await runCases({ ...request, host: 'thread' }, runtime, compiled, timeLimitMs)), ranIn: 'thread' };
}

async function runCases(request: JudgeRequest, runtime: Runtime, compiled: Compiled, timeLimitMs: number): Promise<Judgment> {
  const compiledFile = compiled.file;
  const { problem, cases } = request;
  const usesCustomChecker = problem.meta.checker?.kind === 'custom' || cases.some((c) => c.checker?.kind === 'custom');
  const context: OutcomeContext = {
    problem,
    solutionFile: request.solutionFile,
    solutionLabel: request.solutionLabel,
    revealHidden: request.revealHidden === true,
    keepOutput: request.keepOutput === true,
    timeLimitMs,
    ...(usesCustomChecker && { customCheck: await loadCustomChecker(problem, request.cacheDir, runtime.structures) }),
  };

  const limits = problem.meta.limits;
  const open = async () => {
    const started = openHost(request.host ?? 'process', { runtime, solutionFile: compiledFile, ...(compiled.inlineFile !== undefined && { inlineFile: compiled.inlineFile }), call: callSpec(problem.signature), memoryMb: limits.memoryMb }, request.thread);
    return { sandbox: started, loaded: await started.load(Math.max(timeLimitMs, MIN_LOAD_LIMIT_MS)) };
  };
  let { sandbox, loaded } = await open();
  if (loaded.kind !== 'ready') {
    await sandbox.dispose();
    const failure = describeLoadFailure(loaded, request);
    return failedToLoad(request, failure.verdict, failure.message);
  }

  const results: CaseResult[] = [];
  let skipRest = false;
  /** Why the solution did not load again after a restart: the next case's verdict, and the rest are skipped. */
  let reloadFailure: { verdict: Verdict; message: string } | null = null;
  try {
    for (const testCase of cases) {
      const seed = caseSeed(problem.slug, testCase.id);
      if (skipRest) {
        results.push(report(request, { id: testCase.id, kind: testCase.kind, verdict: 'SKIPPED', timeMs: 0, seed }));
        continue;
      }
      if (reloadFailure !== null) {
        // The solution's own words only where the case may be seen: on a hidden case they are a channel out.
        const hidden = testCase.kind === 'hidden' && request.revealHidden !== true;
        const message = hidden ? RELOAD_FAILED : `${reloadFailure.message} (${RELOAD_FAILED}, after the timing runs of the case before were stopped)`;
        results.push(report(request, { id: testCase.id, kind: testCase.kind, verdict: reloadFailure.verdict, timeMs: 0, seed, message }));
        skipRest = true;
        continue;
      }
      const payload = argumentPayload(problem.signature, testCase);
      const outcome = checkReplyShape(problem.signature, testCase, await sandbox.run(payload, seed, timeLimitMs, testCase.kind === 'example'));
      if (outcome.kind === 'crashed') await sandbox.dispose();
      const judged = withHeap(await judgeSafely(context, testCase, outcome, seed), outcome, testCase);
      // A sandbox that died after answering (it broke its channel) is not timed: the next case finds it dead, as always.
      const timed = sandbox.alive && shouldRepeat(testCase, outcome, judged) ? await timeCase(sandbox, payload, seed, timeLimitMs, judged) : { result: { ...judged, timing: SINGLE }, restart: false };
      if (timed.restart) {
        // The repeated calls (for timing only) hung or ran out of memory, and the sandbox was killed: the
        // next case gets a new one, since verdicts are the first calls' and must not depend on the repeats.
        await sandbox.dispose();
        ({ sandbox, loaded } = await open());
        if (loaded.kind !== 'ready') reloadFailure = describeLoadFailure(loaded, request);
      }
      const result = timed.result;
      results.push(report(request, result));
      // A solution that hangs, or takes its process down, costs one case's limit for the whole
      // judgment: the remaining cases are skipped rather than each paying a restart and a limit.
      // A process that died after an accepted case is not skipped: the next case finds it dead (RE).
      if (result.verdict !== 'AC' && (result.verdict === 'TLE' || !sandbox.alive)) skipRest = true;
    }
  } finally {
    await sandbox.dispose();
  }
  return summarize(request, results);
}

const RELOAD_FAILED = 'the solution did not load again after a restart';

/**
 * Whatever the answer, judging it ends in a verdict: an answer the comparison cannot handle is that
 * case's RE, never a crash of kata. A broken package (a custom checker that throws) is still the author's error.
 */
export async function judgeSafely(context: OutcomeContext, testCase: Case, outcome: RunOutcome, seed: number): Promise<CaseResult> {
  try {
    return await judgeOutcome(context, testCase, outcome, seed);
  } catch (error) {
    if (isKataError(error)) throw error;
    const hidden = testCase.kind === 'hidden' && !context.revealHidden;
    const message = hidden ? UNJUDGEABLE : `${UNJUDGEABLE}: ${(error as Error)?.message ?? String(error)}`;
    return { id: testCase.id, kind: testCase.kind, verdict: 'RE', timeMs: 0, seed, message };
  }
}

/** An example's heap figure, as the sandbox measured it around the call (its claim, like its time). */
function withHeap(result: CaseResult, outcome: RunOutcome, testCase: Case): CaseResult {
  if (testCase.kind !== 'example' || !('heapBytes' in outcome) || outcome.heapBytes === undefined) return result;
  return { ...result, peakHeapMb: Math.round((outcome.heapBytes / 1024 / 1024) * 1000) / 1000 };
}

/** Every case result passes here: text the solution chose is made safe before any reporter sees it. */
function report(request: JudgeRequest, raw: CaseResult): CaseResult {
  const result = cleanResult(raw);
  request.onCase?.(result);
  return result;
}

/** A message is one line of a report: a line break in it (the solution's text) could fake the lines after. */
function oneLine(text: string): string {
  return safeText(text).replace(/\r?\n/g, ' ⏎ ');
}

export function cleanResult(result: CaseResult): CaseResult {
  const cleaned = { ...result, ...(result.message !== undefined && { message: oneLine(result.message) }) };
  if (result.detail?.output !== undefined) cleaned.detail = { ...result.detail, output: safeText(result.detail.output) };
  return cleaned;
}

function summarize(request: JudgeRequest, cases: CaseResult[], message?: string): Judgment {
  const judged = cases.filter((result) => result.verdict !== 'SKIPPED');
  return {
    problem: request.problem.slug,
    solution: request.solutionLabel,
    verdict: overallVerdict(cases),
    passed: judged.filter((result) => result.verdict === 'AC').length,
    total: request.cases.length,
    timeMs: round(judged.reduce((sum, result) => sum + result.timeMs, 0)),
    ...(message !== undefined && { message: oneLine(message) }),
    cases,
  };
}

function failedToLoad(request: JudgeRequest, verdict: Verdict, message: string): Judgment {
  const cases = request.cases.map((testCase): CaseResult => ({
    id: testCase.id,
    kind: testCase.kind,
    verdict: 'SKIPPED',
    timeMs: 0,
    seed: caseSeed(request.problem.slug, testCase.id),
  }));
  return { ...summarize(request, cases, message), verdict };
}

export function describeLoadFailure(outcome: Exclude<LoadOutcome, { kind: 'ready' }>, request: JudgeRequest): { verdict: Verdict; message: string } {
  switch (outcome.kind) {
    case 'load-failed': {
      const { code, message: detail, stack } = outcome.error;
      if (code === 'ERR_MODULE_NOT_FOUND' || code === 'ERR_ACCESS_DENIED') {
        // The paths in Node's message are the cache's, not the user's: name the import instead.
        const specifier = /Cannot find (?:module|package) '([^']+)'/.exec(detail)?.[1]?.split('/').pop();
        const what = specifier ? `"${specifier}", which it may not read` : 'a module it may not read';
        return { verdict: 'CE', message: `${request.solutionLabel} does not load: it imports ${what}. A solution is one file; it may import only ${STRUCTURES_MODULE}` };
      }
      const location = solutionLocation(stack, request);
      const message = `${request.solutionLabel} does not load: ${detail}${location ? ` at ${location}` : ''}`;
      return { verdict: outcome.verdict, message: relabel(message, request) };
    }
    case 'timeout':
      // The time it was stopped at, not its limit: loading gets the case's limit (at least 2 s) of CPU time, and waiting is stopped later.
      return { verdict: 'TLE', message: `${request.solutionLabel} did not finish loading: stopped after ${Math.round(outcome.timeMs)} ms (does code at the top level loop?)` };
    case 'memory':
      return { verdict: 'MLE', message: `${request.solutionLabel} used more than ${request.problem.meta.limits.memoryMb} MB while loading` };
    case 'crashed':
      return { verdict: 'RE', message: `${request.solutionLabel} crashed while loading: ${outcome.message}` };
  }
}

export function relabel(message: string, request: JudgeRequest): string {
  return message.split(request.solutionFile).join(request.solutionLabel);
}

/** A seed per problem and case, the same on every run, so a failure can be reproduced. */
export function caseSeed(slug: string, caseId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${slug}/${caseId}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
