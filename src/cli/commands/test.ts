/**
 * `kata test <slug>`: the examples only, with diffs for failures. The solver's own solution runs in
 * kata's main thread first, then in a thread of kata if that does not settle it (judge.ts); a thread
 * that early.ts began while the judge's modules loaded is taken for that.
 */
import { loadProblemCached } from '../../problem/cached.ts';
import { LOCAL_CASES_DIR, loadLocalCases } from '../../problem/local-cases.ts';
import { prepareRuntime } from '../../judge/compile.ts';
import { humanReporter } from '../../report/human.ts';
import { jsonReporter } from '../../report/json.ts';
import type { CliContext } from '../context.ts';
import { takeEarlyThread } from '../early.ts';
import { judgeAndReport, setUpIsolation } from '../judging.ts';
import { practiceHost, solutionPath } from '../solution-file.ts';

export async function run(context: CliContext, slug: string, options: { solution?: string; typecheck: boolean; json?: boolean; verbose?: boolean }): Promise<number> {
  const problem = await loadProblemCached(context.root(), context.cacheDir(), slug);
  const solution = solutionPath(context, slug, options.solution);
  // The solver's own solution runs inline first (judge.ts), in a thread if that does not settle it.
  const host = practiceHost(context, slug, solution) === 'thread' ? 'inline' : 'process';
  const { memoryMb } = problem.meta.limits;
  const harness = host === 'inline' ? prepareRuntime(context.cacheDir()).threadHarness : null;
  // A thread begun early (early.ts guessed the solution has no inline form) is kept for the second try.
  const thread = harness === null ? undefined : takeEarlyThread(slug, harness, memoryMb);
  // The solver's own cases (the failures kata stress found) run after the examples, as local-1, local-2...
  const local = await loadLocalCases(context.root(), problem);
  if (host === 'process') setUpIsolation(context);
  const human = !options.json;
  const which = local.length === 0 ? 'examples' : `examples and ${local.length} local case${local.length === 1 ? '' : 's'} (${LOCAL_CASES_DIR}/${slug}.json)`;
  if (human) context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${context.display(solution)} · ${which}`)}`);
  const reporter = human ? humanReporter : jsonReporter;
  const { exitCode } = await judgeAndReport(context, problem, [...problem.examples, ...local], solution, reporter, { typecheck: options.typecheck, recordAs: 'test', verbose: options.verbose === true, host, ...(thread && { thread }) });
  // The same file next: without --solution, kata judge would judge the workspace's own solution instead.
  const same = options.solution === undefined ? '' : ` --solution ${options.solution}`;
  if (exitCode === 0 && human) context.out(context.style.dim(`next: kata judge ${slug}${same}   (adds the hidden cases)`));
  return exitCode;
}
