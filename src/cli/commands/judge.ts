/** `kata judge <slug>`: the examples, then the hidden cases; a verdict per case and overall. */
import { materializeCases } from '../../judge/generate.ts';
import { loadHiddenCases, loadProblem } from '../../problem/load.ts';
import { REPORTERS } from '../../report/registry.ts';
import type { CliContext } from '../context.ts';
import { judgeAndReport, setUpIsolation, solutionPath } from '../judging.ts';

export async function run(context: CliContext, slug: string, options: { solution?: string; json?: boolean; reporter: string; typecheck: boolean; strictIsolation?: boolean }): Promise<number> {
  const root = context.root();
  const problem = loadProblem(root, slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context, options.strictIsolation === true);
  const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(root, problem)], context.cacheDir());
  const name = options.json ? 'json' : options.reporter;
  if (name === 'human') {
    context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)}`)}`);
  }
  const { exitCode } = await judgeAndReport(context, problem, cases, solution, REPORTERS[name]!, options.typecheck, 'judge');
  return exitCode;
}
