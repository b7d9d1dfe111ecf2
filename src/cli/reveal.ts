/**
 * Revealing a failing hidden case to a solver (kata judge --reveal, and r in kata watch): the
 * cases are on the solver's own disk, so after a failed judgment kata shows the first failing one
 * in full and can keep it as a local case, which kata test then runs. kata grade never reveals.
 */
import { judgeSolution } from '../judge/judge.ts';
import type { CaseResult, Judgment } from '../judge/verdict.ts';
import type { Case, Problem } from '../problem/load.ts';
import { appendLocalCase, LOCAL_CASES_DIR } from '../problem/local-cases.ts';
import { recordReveal } from '../problem/progress.ts';
import { humanReporter } from '../report/human.ts';
import type { CliContext } from './context.ts';
import { isOwnSolution } from './solution-file.ts';
import { importModule } from '../util/import-module.ts';

export interface Revealed {
  testCase: Case;
  result: CaseResult;
}

/** The first hidden case the judgment failed, judged again with its data shown; null when none failed. */
export async function revealFirstFailure(context: CliContext, problem: Problem, cases: readonly Case[], judgment: Judgment, solutionFile: string, typecheck: boolean): Promise<Revealed | null> {
  const failed = judgment.cases.find((result) => result.kind === 'hidden' && result.verdict !== 'AC' && result.verdict !== 'SKIPPED');
  const testCase = failed && cases.find((candidate) => candidate.id === failed.id);
  if (!testCase) return null;
  const again = await judgeSolution({ problem, cases: [testCase], solutionFile, solutionLabel: context.display(solutionFile), cacheDir: context.cacheDir(), typecheck, revealHidden: true });
  // Like every record of progress, only for the solver's own solution.
  if (isOwnSolution(context, problem.slug, solutionFile)) await recordReveal(context.root(), problem.slug);
  return { testCase, result: again.cases[0] ?? failed! };
}

/** Keeps a revealed case among the solver's local cases; says where, or that it was there already. */
export async function keepAsLocalCase(context: CliContext, problem: Problem, revealed: Revealed): Promise<string> {
  const { testCase } = revealed;
  const json = {
    input: testCase.input,
    ...(testCase.expected !== undefined && { expected: testCase.expected }),
    ...(testCase.error !== undefined && { error: testCase.error }),
    ...(testCase.checker !== undefined && { checker: testCase.checker }),
    explanation: `${testCase.id}, revealed after a failed judgment`,
  };
  const saved = await appendLocalCase(context.root(), problem, json);
  const where = `${LOCAL_CASES_DIR}/${problem.slug}.json`;
  return saved.added ? `kept as local-${saved.number} in ${where}: kata test ${problem.slug} runs it from now on` : `already kept as local-${saved.number} in ${where}`;
}

/** After a failed judge: the first failing hidden case shown, and kept as a local case on request. */
export async function revealAndOffer(context: CliContext, problem: Problem, cases: readonly Case[], judgment: Judgment, solution: string, options: { typecheck: boolean; keep?: boolean }): Promise<void> {
  const { style } = context;
  const revealed = await revealFirstFailure(context, problem, cases, judgment, solution, options.typecheck);
  if (!revealed) {
    context.out(style.dim('no hidden case failed: the failures above are examples, shown in full already'));
    return;
  }
  context.out(`\n${style.bold(`revealed ${revealed.testCase.id}`)} ${style.dim('(judged again to show it; long values are cut here, and a kept case is saved whole)')}`);
  context.out(humanReporter.caseDone(revealed.result, style) ?? '');
  const keep = options.keep === true || (await askYesNo(`add it to your local cases (${LOCAL_CASES_DIR}/${problem.slug}.json), which kata test runs? [y/N] `));
  if (keep) context.out(await keepAsLocalCase(context, problem, revealed));
  else if (!process.stdin.isTTY) context.out(style.dim(`kata judge ${problem.slug} --reveal --keep adds it to your local cases`));
}

/** A yes/no question at a terminal; no question (and no) when kata is not run from one. */
async function askYesNo(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
  const { createInterface } = (await importModule('node:readline/promises')) as typeof import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
