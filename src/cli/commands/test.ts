/** `kata test <slug>`: the examples only, with diffs for failures. */
import { loadProblem } from '../../problem/load.ts';
import { humanReporter } from '../../report/human.ts';
import type { CliContext } from '../context.ts';
import { judgeAndReport, setUpIsolation, solutionPath } from '../judging.ts';

export async function run(context: CliContext, slug: string, options: { solution?: string; typecheck: boolean }): Promise<number> {
  const problem = loadProblem(context.root(), slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context);
  context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)} · examples`)}`);
  const { exitCode } = await judgeAndReport(context, problem, problem.examples, solution, humanReporter, options.typecheck, 'test');
  if (exitCode === 0) context.out(context.style.dim(`next: kata judge ${slug}   (adds the hidden cases)`));
  return exitCode;
}
