/** What `kata test` and `kata judge` share: finding the solution, judging it, reporting as it goes. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chooseIsolation, useIsolation } from '../judge/isolation.ts';
import type { HostKind } from '../judge/host.ts';
import { judgeSolution } from '../judge/judge.ts';
import { overallVerdict, type CaseResult, type Judgment } from '../judge/verdict.ts';
import type { Case, Problem } from '../problem/load.ts';
import type { Reporter } from '../report/reporter.ts';
import { recordAttempt, type Attempt } from '../problem/progress.ts';
import { isKataError, KataError } from '../util/errors.ts';
import { EXIT, type CliContext } from './context.ts';

/** The solution most recently saved: where a solver who just typed `kata watch` is working. */
export function lastSaved(solutions: string): string {
  const files = existsSync(solutions) ? readdirSync(solutions).filter((name) => name.endsWith('.ts')) : [];
  const latest = files.map((name) => ({ name, time: statSync(join(solutions, name)).mtimeMs })).sort((a, b) => b.time - a.time)[0];
  if (!latest) throw new KataError('NO_SOLUTION', `no solution in ${solutions} to watch`, 'kata next picks a problem, and kata new <slug> starts it');
  return latest.name.slice(0, -'.ts'.length);
}

export function solutionPath(context: CliContext, slug: string, given: string | undefined): string {
  const file = given ? context.resolvePath(given) : join(context.root(), 'solutions', `${slug}.ts`);
  if (!existsSync(file)) {
    const hint = given ? 'check the path given to --solution' : `run "kata new ${slug}" to create it with the typed signature`;
    throw new KataError('NO_SOLUTION', `no solution file at ${context.display(file)}`, hint);
  }
  if (!statSync(file).isFile()) throw new KataError('NO_SOLUTION', `${context.display(file)} is not a file`, 'give the path of a .ts file');
  return file;
}

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

/**
 * Where a practice command (test, watch's examples) runs a solution: the solver's own file, in a
 * workspace where nobody asked for a layer of isolation, runs in a worker thread of kata (host.ts),
 * many times faster to start than a sandboxed process. Any other file, or an explicit --isolation
 * (or KATA_ISOLATION), gets the sandboxed process that judge and grade always use.
 */
export function practiceHost(context: CliContext, slug: string, solutionFile: string): HostKind {
  return context.isolation === undefined && solutionFile === join(context.root(), 'solutions', `${slug}.ts`) ? 'thread' : 'process';
}

export async function judgeAndReport(
  context: CliContext,
  problem: Problem,
  cases: readonly Case[],
  solutionFile: string,
  reporter: Reporter,
  typecheck = false,
  recordAs?: Attempt['kind'],
  verbose = false,
  host: HostKind = 'process',
): Promise<{ judgment: Judgment; exitCode: number }> {
  const finished: CaseResult[] = [];
  const label = context.display(solutionFile);
  // Ctrl-C: say what finished (with --json, still as one object), then exit 130; the sandboxes are killed on the way out.
  const onInterrupt = () => {
    const passed = finished.filter((result) => result.verdict === 'AC').length;
    const partial: Judgment = { problem: problem.slug, solution: label, verdict: overallVerdict(finished), passed, total: cases.length, timeMs: finished.reduce((sum, r) => sum + r.timeMs, 0), cases: finished };
    context.out(reporter.interrupted(partial, context.style));
    process.exit(130);
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
    onCase: (result) => {
      finished.push(result);
      const line = reporter.caseDone(result, context.style);
      if (line !== null) context.out(line);
    },
  }).finally(() => process.off('SIGINT', onInterrupt));
  context.out(reporter.judgmentDone(judgment, context.style));
  // The record is of the solver's own work: judging another file (--solution) leaves it alone.
  const own = solutionFile === join(context.root(), 'solutions', `${problem.slug}.ts`);
  if (recordAs && own) await record(context, problem.slug, { kind: recordAs, verdict: judgment.verdict, timeMs: judgment.timeMs });
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
