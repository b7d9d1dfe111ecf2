/** What `kata test` and `kata judge` share: finding the solution, judging it, reporting as it goes. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { judgeSolution } from '../judge/judge.ts';
import type { Judgment } from '../judge/verdict.ts';
import type { Case, Problem } from '../problem/load.ts';
import type { Reporter } from '../report/reporter.ts';
import { KataError } from '../util/errors.ts';
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

export async function judgeAndReport(
  context: CliContext,
  problem: Problem,
  cases: readonly Case[],
  solutionFile: string,
  reporter: Reporter,
  typecheck = false,
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
  return { judgment, exitCode: judgment.verdict === 'AC' ? EXIT.OK : EXIT.NOT_ACCEPTED };
}
