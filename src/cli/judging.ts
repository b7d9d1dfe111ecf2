/** What `kata test` and `kata judge` share: finding the solution, judging it, reporting as it goes. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chooseIsolation, useIsolation } from '../judge/isolation.ts';
import { judgeSolution } from '../judge/judge.ts';
import type { Judgment } from '../judge/verdict.ts';
import type { Case, Problem } from '../problem/load.ts';
import type { Reporter } from '../report/reporter.ts';
import { recordAttempt, type Attempt } from '../problem/progress.ts';
import { isKataError, KataError } from '../util/errors.ts';
import { EXIT, type CliContext } from './context.ts';

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

export async function judgeAndReport(
  context: CliContext,
  problem: Problem,
  cases: readonly Case[],
  solutionFile: string,
  reporter: Reporter,
  typecheck = false,
  recordAs?: Attempt['kind'],
): Promise<{ judgment: Judgment; exitCode: number }> {
  const judgment = await judgeSolution({
    problem,
    cases,
    solutionFile,
    solutionLabel: context.display(solutionFile),
    cacheDir: context.cacheDir(),
    typecheck,
    onCase: (result) => {
      const line = reporter.caseDone(result, context.style);
      if (line !== null) context.out(line);
    },
  });
  context.out(reporter.judgmentDone(judgment, context.style));
  if (recordAs) record(context, problem.slug, { kind: recordAs, verdict: judgment.verdict, timeMs: judgment.timeMs });
  return { judgment, exitCode: judgment.verdict === 'AC' ? EXIT.OK : EXIT.NOT_ACCEPTED };
}

/** The record is the solver's, not the verdict's: a record that cannot be written is a note, not a failure. */
function record(context: CliContext, slug: string, attempt: Attempt): void {
  try {
    recordAttempt(context.root(), slug, attempt);
  } catch (error) {
    if (!isKataError(error)) throw error;
    context.err(`${context.style.warn('note:')} progress not recorded: ${error.message} (${error.hint ?? ''})`);
  }
}
