/**
 * `kata stress <slug>`: the solution against the reference on generated inputs. The first disagreement is
 * shrunk, shown as `kata test` shows a failing example, and saved as a local case that `kata test` runs.
 */
import { randomInt } from 'node:crypto';
import { stress, type StressFailure, type StressOutcome } from '../../judge/stress.ts';
import { GENERATOR_FILE } from '../../problem/files.ts';
import { appendLocalCase } from '../../problem/local-cases.ts';
import { loadProblem, type Problem } from '../../problem/load.ts';
import type { CaseJson } from '../../problem/schema.ts';
import { humanReporter } from '../../report/human.ts';
import { EXIT, type CliContext } from '../context.ts';
import { setUpIsolation } from '../judging.ts';
import { wholeNumberOption } from '../options.ts';
import { solutionPath } from '../solution-file.ts';

export const DEFAULT_RUNS = 100;
const MAX_RUNS = 1_000_000;

interface Options {
  seed?: string;
  runs?: string;
  solution?: string;
}

export async function run(context: CliContext, slug: string, options: Options): Promise<number> {
  const runs = options.runs === undefined ? DEFAULT_RUNS : wholeNumberOption('--runs', options.runs, { min: 1, max: MAX_RUNS }, `for example --runs ${DEFAULT_RUNS}`);
  const seed = options.seed === undefined ? randomInt(0, 2 ** 32) : wholeNumberOption('--seed', options.seed, { min: 0, max: 2 ** 32 - 1 }, 'for example --seed 42');
  const problem = loadProblem(context.root(), slug);
  const solution = solutionPath(context, slug, options.solution);
  setUpIsolation(context);
  const label = context.display(solution);
  context.out(`${context.style.bold(problem.meta.title)} ${context.style.dim(`(${slug}) · ${label} · stress: ${runs} runs, seed ${seed}`)}`);
  const outcome = await stress({ problem, solutionFile: solution, solutionLabel: label, cacheDir: context.cacheDir(), seed, runs });
  const again = `kata stress ${slug} --seed ${seed}${options.runs === undefined ? '' : ` --runs ${runs}`}${options.solution === undefined ? '' : ` --solution ${options.solution}`}`;
  switch (outcome.kind) {
    case 'unloadable':
      context.out(`  ${context.style.fail(outcome.message)}`);
      context.out(`\n${context.style.bold(context.style.fail(outcome.verdict))}  the solution does not load, so nothing was compared`);
      return EXIT.NOT_ACCEPTED;
    case 'agreed':
      context.out(`  ${context.style.dim(`inputs ${sourceText(outcome.source, problem)}${discardText(outcome)}`)}`);
      context.out(`\n${context.style.bold(context.style.pass('OK'))}  ${outcome.runs}/${runs} runs agreed with the reference`);
      return EXIT.OK;
    case 'failed':
      await reportFailure(context, problem, outcome, seed, again);
      return EXIT.NOT_ACCEPTED;
  }
}

async function reportFailure(context: CliContext, problem: Problem, outcome: Extract<StressOutcome, { kind: 'failed' }>, seed: number, again: string): Promise<void> {
  const { failure } = outcome;
  const { style } = context;
  context.out(`  ${style.dim(`inputs ${sourceText(outcome.source, problem)}${discardText(outcome)}`)}`);
  const shown = humanReporter.caseDone(failure.result, style);
  if (shown !== null) context.out(shown);
  context.out('');
  const what = failure.result.verdict === 'WA' ? 'the solution disagreed with the reference' : 'the solution failed';
  context.out(`${style.bold(style.fail(failure.result.verdict))}  ${what} on run ${failure.run}; ${shrinkText(failure)}`);
  const saved = await appendLocalCase(context.root(), problem, localCase(failure, seed));
  const where = context.display(saved.file);
  context.out(saved.added ? `saved as local case ${saved.number} in ${where}: kata test ${problem.slug} runs it after the examples` : `already saved as local case ${saved.number} in ${where}`);
  context.out(style.dim(`same inputs again: ${again}`));
}

function localCase(failure: StressFailure, seed: number): CaseJson {
  const { testCase } = failure;
  return {
    input: testCase.input,
    ...(testCase.expected !== undefined && { expected: testCase.expected }),
    ...(testCase.error !== undefined && { error: testCase.error }),
    note: `found by kata stress --seed ${seed} (${failure.result.verdict})`,
  };
}

function sourceText(source: 'generator' | 'types', problem: Problem): string {
  return source === 'generator' ? `from problems/${problem.slug}/${GENERATOR_FILE}` : "derived from the signature's types (the package has no generator.ts)";
}

function discardText(outcome: Extract<StressOutcome, { kind: 'agreed' | 'failed' }>): string {
  const { count, commonest } = outcome.discarded;
  if (count === 0) return '';
  return `; ${count} discarded, e.g. ${commonest ?? ''}`;
}

function shrinkText(failure: StressFailure): string {
  const { sizes, steps, structural, tries, stoppedEarly } = failure.shrinking;
  const parts: string[] = [];
  if (sizes) parts.push(sizes.to < sizes.from ? `the generator's size ${sizes.from} shrunk to ${sizes.to} (seed ${sizes.seed})` : `found at the generator's size ${sizes.from}, the smallest that failed this way`);
  if (!structural) parts.push('fast-check could not shrink this input further');
  else parts.push(steps > 0 ? `fast-check shrank it in ${steps} step${steps === 1 ? '' : 's'}` : 'fast-check found nothing smaller that fails this way');
  const budget = stoppedEarly ? '; shrinking stopped at its budget, so a smaller input may fail too' : '';
  return `${parts.join(', then ')} (${tries} candidate${tries === 1 ? '' : 's'} judged${budget})`;
}


