/** `kata judge <slug>`: the examples, then the hidden cases; a verdict per case and overall. With --complexity, how its time grows instead. */
import { assertHasGenerator, estimateComplexity } from '../../judge/complexity.ts';
import { materializeCases } from '../../judge/generate.ts';
import { loadHiddenCases, loadProblem, type Problem } from '../../problem/load.ts';
import { complexityLines, formatMs } from '../../report/complexity.ts';
import { JSON_SCHEMA_VERSION } from '../../report/json.ts';
import { REPORTERS } from '../../report/registry.ts';
import { KataError } from '../../util/errors.ts';
import { EXIT, type CliContext } from '../context.ts';
import { judgeAndReport, setUpIsolation } from '../judging.ts';
import { solutionPath } from '../solution-file.ts';
import { revealAndOffer } from '../reveal.ts';
import { timeLimitFor } from '../../judge/calibrate.ts';

interface JudgeOptions {
  solution?: string;
  json?: boolean;
  reporter: string;
  typecheck: boolean;
  verbose?: boolean;
  strictIsolation?: boolean;
  complexity?: boolean;
  reveal?: boolean;
  keep?: boolean;
}

export async function run(context: CliContext, slug: string, options: JudgeOptions): Promise<number> {
  const root = context.root();
  if ((options.reveal || options.keep) && (options.json || options.reporter !== 'human')) {
    throw new KataError('USAGE', '--reveal shows a case for reading at a terminal, so it cannot go with --json or another reporter', `run kata judge ${slug} --reveal on its own`);
  }
  const problem = loadProblem(root, slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context, options.strictIsolation === true);
  if (options.complexity) return complexity(context, problem, solution, options.json === true);
  const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(root, problem)], context.cacheDir());
  const name = options.json ? 'json' : options.reporter;
  if (name === 'human') {
    context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${problem.slug}) · ${context.display(solution)}`)}`);
  }
  const { exitCode, judgment } = await judgeAndReport(context, problem, cases, solution, REPORTERS[name]!, { typecheck: options.typecheck, recordAs: 'judge', verbose: options.verbose === true });
  if (exitCode !== 0 && (options.reveal || options.keep)) await revealAndOffer(context, problem, cases, judgment, solution, options);
  else if (exitCode === 0 && (options.reveal || options.keep)) context.err(context.style.dim(`${options.keep ? '--keep' : '--reveal'}: nothing to show, every case passed`));
  else if (exitCode !== 0 && name === 'human' && judgment.cases.some((c) => c.kind === 'hidden' && c.verdict !== 'AC' && c.verdict !== 'SKIPPED')) {
    context.out(context.style.dim(`kata judge ${slug} --reveal shows the first failing hidden case in full`));
  }
  return exitCode;
}

/** --complexity: the solution and the reference at growing sizes; exit 1 when the solution failed at a size. */
async function complexity(context: CliContext, problem: Problem, solution: string, json: boolean): Promise<number> {
  const label = context.display(solution);
  // Sizes are announced on a terminal only, as they go: the estimate takes up to its budget.
  const live = !json && process.stderr.isTTY === true;
  assertHasGenerator(problem);
  if (!json) context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${problem.slug}) · ${label} · how the time grows with n`)}`);
  const estimate = await estimateComplexity({
    problem,
    solutionFile: solution,
    solutionLabel: label,
    cacheDir: context.cacheDir(),
    onSize: (size, solutionMs, referenceMs) => {
      if (!live) return;
      const times = [solutionMs !== undefined && `yours ${formatMs(solutionMs)}`, referenceMs !== undefined && `reference ${formatMs(referenceMs)}`].filter(Boolean).join(', ');
      context.err(context.style.dim(`n = ${size}: ${times}`));
    },
  });
  if (live) context.err(context.style.dim('repeating every size until the fastest times settle...'));
  if (json) context.out(JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, problem: problem.slug, solution: label, complexity: estimate }));
  else for (const line of complexityLines(estimate, await timeLimitFor(problem, context.cacheDir()), context.style)) context.out(line);
  return estimate.solution.failure ? EXIT.NOT_ACCEPTED : EXIT.OK;
}
