/** `kata test <slug>`: the examples only, with diffs for failures. */
import { loadProblem } from '../../problem/load.ts';
import { humanReporter } from '../../report/human.ts';
import { jsonReporter } from '../../report/json.ts';
import type { CliContext } from '../context.ts';
import { judgeAndReport, setUpIsolation, solutionPath } from '../judging.ts';

export async function run(context: CliContext, slug: string, options: { solution?: string; typecheck: boolean; json?: boolean; verbose?: boolean }): Promise<number> {
  const problem = loadProblem(context.root(), slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context);
  const human = !options.json;
  if (human) context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)} · examples`)}`);
  const reporter = human ? humanReporter : jsonReporter;
  const { exitCode } = await judgeAndReport(context, problem, problem.examples, solution, reporter, options.typecheck, 'test', options.verbose === true);
  if (exitCode === 0 && human) context.out(context.style.dim(`next: kata judge ${slug}   (adds the hidden cases)`));
  return exitCode;
}
