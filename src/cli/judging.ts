/** What `kata test` and `kata judge` share: finding the solution, judging it, reporting as it goes. */
import { chooseIsolation, useIsolation } from '../judge/isolation.ts';
import type { HostKind } from '../judge/host.ts';
import type { StartedThread } from '../judge/thread-sandbox.ts';
import { judgeSolution } from '../judge/judge.ts';
import { overallVerdict, type CaseResult, type Judgment } from '../judge/verdict.ts';
import type { Case, Problem } from '../problem/load.ts';
import type { Reporter } from '../report/reporter.ts';
import { recordAttempt, type Attempt } from '../problem/progress.ts';
import { isKataError } from '../util/errors.ts';
import { EXIT, type CliContext } from './context.ts';
import { isOwnSolution } from './solution-file.ts';
import { exitAfterThreads } from './exit.ts';

/**
 * Picks the isolation every sandbox of this run uses: the strongest the machine has, unless --isolation
 * says otherwise; `strict` (grading strangers' code) refuses to run without OS isolation unless
 * --isolation=node was given on purpose. A fallback is said in one line on standard error.
 */
export function setUpIsolation(context: CliContext, strict = false): void {
  const requested = context.isolation ?? (strict ? 'os' : undefined);
  const isolation = chooseIsolation(requested);
  useIsolation(isolation);
  if (isolation.fallback) context.err(`${context.style.warn('note:')} ${isolation.fallback}`);
}

export interface JudgeOptions {
  typecheck: boolean;
  /** Record the run in the solver's progress, as this kind of attempt (only for the workspace's own file). */
  recordAs?: Attempt['kind'];
  /** Keep what passing cases printed too. */
  verbose?: boolean;
  /** Where the solution runs: a sandboxed process unless a practice command chose a thread (solution-file.ts). */
  host?: HostKind;
  /** The thread, started while kata was still loading the judge. */
  thread?: StartedThread;
}

export async function judgeAndReport(context: CliContext, problem: Problem, cases: readonly Case[], solutionFile: string, reporter: Reporter, options: JudgeOptions): Promise<{ judgment: Judgment; exitCode: number }> {
  const { typecheck, recordAs, verbose = false, host = 'process', thread } = options;
  const finished: CaseResult[] = [];
  const label = context.display(solutionFile);
  // Ctrl-C: say what finished (with --json, still as one object), then exit 130; the sandboxes are killed on the way out.
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    const passed = finished.filter((result) => result.verdict === 'AC').length;
    const partial: Judgment = { problem: problem.slug, solution: label, verdict: overallVerdict(finished), passed, total: cases.length, timeMs: finished.reduce((sum, r) => sum + r.timeMs, 0), cases: finished };
    context.out(reporter.interrupted(partial, context.style));
    exitAfterThreads(130);
  };
  process.prependOnceListener('SIGINT', onInterrupt);
  const judgment = await judgeSolution({
    problem,
    cases,
    solutionFile,
    solutionLabel: label,
    cacheDir: context.cacheDir(),
    typecheck,
    keepOutput: verbose,
    host,
    ...(thread && { thread }),
    onCase: (result) => {
      if (interrupted) return;
      finished.push(result);
      const line = reporter.caseDone(result, context.style);
      if (line !== null) context.out(line);
    },
  }).finally(() => process.off('SIGINT', onInterrupt));
  // Interrupted: the partial report is out and kata is exiting (it may give threads time to end); the
  // judging that went on meanwhile is neither reported nor recorded.
  if (interrupted) await new Promise<never>(() => undefined);
  context.out(reporter.judgmentDone(judgment, context.style));
  // The record is of the solver's own work: judging another file (--solution) leaves it alone.
  if (recordAs && isOwnSolution(context, problem.slug, solutionFile)) await record(context, problem.slug, { kind: recordAs, verdict: judgment.verdict, timeMs: judgment.timeMs });
  return { judgment, exitCode: judgment.verdict === 'AC' ? EXIT.OK : EXIT.NOT_ACCEPTED };
}

/** The record is the solver's, not the verdict's: a record that cannot be written is a note, not a failure. */
async function record(context: CliContext, slug: string, attempt: Attempt): Promise<void> {
  try {
    await recordAttempt(context.root(), slug, attempt);
  } catch (error) {
    if (!isKataError(error)) throw error;
    context.err(`${context.style.warn('note:')} progress not recorded: ${error.message} (${error.hint ?? ''})`);
  }
}
