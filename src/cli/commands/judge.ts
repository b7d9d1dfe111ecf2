/** `kata judge <slug>`: the examples, then the hidden cases; a verdict per case and overall. */
import { materializeCases } from '../../judge/generate.ts';
import type { Judgment } from '../../judge/verdict.ts';
import { loadHiddenCases, loadProblem, type Case, type Problem } from '../../problem/load.ts';
import { LOCAL_CASES_DIR } from '../../problem/local-cases.ts';
import { humanReporter } from '../../report/human.ts';
import { REPORTERS } from '../../report/registry.ts';
import { KataError } from '../../util/errors.ts';
import type { CliContext } from '../context.ts';
import { judgeAndReport, setUpIsolation, solutionPath } from '../judging.ts';
import { keepAsLocalCase, revealFirstFailure } from '../reveal.ts';

export async function run(
  context: CliContext,
  slug: string,
  options: { solution?: string; json?: boolean; reporter: string; typecheck: boolean; strictIsolation?: boolean; reveal?: boolean; keep?: boolean },
): Promise<number> {
  const root = context.root();
  if ((options.reveal || options.keep) && (options.json || options.reporter !== 'human')) {
    throw new KataError('USAGE', '--reveal shows a case for reading at a terminal, so it cannot go with --json or another reporter', `run kata judge ${slug} --reveal on its own`);
  }
  const problem = loadProblem(root, slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context, options.strictIsolation === true);
  const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(root, problem)], context.cacheDir());
  const name = options.json ? 'json' : options.reporter;
  if (name === 'human') {
    context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)}`)}`);
  }
  const { exitCode, judgment } = await judgeAndReport(context, problem, cases, solution, REPORTERS[name]!, options.typecheck, 'judge');
  if (exitCode !== 0 && (options.reveal || options.keep)) await reveal(context, problem, cases, judgment, solution, options);
  else if (exitCode !== 0 && name === 'human' && judgment.cases.some((c) => c.kind === 'hidden' && c.verdict !== 'AC' && c.verdict !== 'SKIPPED')) {
    context.out(context.style.dim(`kata judge ${slug} --reveal shows the first failing hidden case in full`));
  }
  return exitCode;
}

async function reveal(context: CliContext, problem: Problem, cases: readonly Case[], judgment: Judgment, solution: string, options: { typecheck: boolean; keep?: boolean }): Promise<void> {
  const { style } = context;
  const revealed = await revealFirstFailure(context, problem, cases, judgment, solution, options.typecheck);
  if (!revealed) {
    context.out(style.dim('no hidden case failed: the failures above are examples, shown in full already'));
    return;
  }
  context.out(`\n${style.bold(`revealed ${revealed.testCase.id}`)} ${style.dim('(judged again to show it; long values are cut here, and a kept case is saved whole)')}`);
  context.out(humanReporter.caseDone(revealed.result, style) ?? '');
  const keep = options.keep === true || (await askYesNo(`add it to your local cases (${LOCAL_CASES_DIR}/${problem.slug}.json), which kata test runs? [y/N] `));
  if (keep) context.out(keepAsLocalCase(context, problem, revealed));
  else if (!process.stdin.isTTY) context.out(style.dim(`kata judge ${problem.slug} --reveal --keep adds it to your local cases`));
}

/** A yes/no question at a terminal; no question (and no) when kata is not run from one. */
async function askYesNo(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return false;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
