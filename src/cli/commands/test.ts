/** `kata test <slug>`: the examples only, with diffs for failures. */
import { loadProblemCached } from '../../problem/cached.ts';
import { LOCAL_CASES_DIR, loadLocalCases } from '../../problem/local-cases.ts';
import { humanReporter } from '../../report/human.ts';
import { jsonReporter } from '../../report/json.ts';
import type { CliContext } from '../context.ts';
import { judgeAndReport, practiceHost, setUpIsolation, solutionPath } from '../judging.ts';

export async function run(context: CliContext, slug: string, options: { solution?: string; typecheck: boolean; json?: boolean; verbose?: boolean }): Promise<number> {
  const problem = await loadProblemCached(context.root(), context.cacheDir(), slug);
  const solution = solutionPath(context, slug, options.solution);
  // The solver's own cases (the failures kata stress found) run after the examples, as local-1, local-2...
  const local = await loadLocalCases(context.root(), problem);
  const host = practiceHost(context, slug, solution);
  if (host === 'process') setUpIsolation(context);
  const human = !options.json;
  const which = local.length === 0 ? 'examples' : `examples and ${local.length} local case${local.length === 1 ? '' : 's'} (${LOCAL_CASES_DIR}/${slug}.json)`;
  if (human) context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)} · ${which}`)}`);
  const reporter = human ? humanReporter : jsonReporter;
  const { exitCode } = await judgeAndReport(context, problem, [...problem.examples, ...local], solution, reporter, options.typecheck, 'test', options.verbose === true, host);
  if (exitCode === 0 && human) context.out(context.style.dim(`next: kata judge ${slug}   (adds the hidden cases)`));
  return exitCode;
}
