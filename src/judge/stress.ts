/**
 * `kata stress`: the solution against the reference on many inputs, until the first disagreement, which is
 * then shrunk to a small input that still fails the same way (the same verdict).
 *
 * Inputs come from the package's generator.ts when it has one: seeds counting up from the given seed, at
 * sizes growing from 1. Shrinking a generator's failure first looks for the smallest size that fails (a
 * few seeds at each size), then lets fast-check shrink that input over the arbitrary derived from the
 * signature's types (stress/arbitrary.ts), where fast-check can trace the value back (it reports whether it
 * could). Without a generator, fast-check generates from that arbitrary (small, within the bounds) and
 * shrinks with the context of its own generation. Every candidate is judged like any input: the bounds,
 * validator.ts and the reference decide whether it counts (see stress/oracle.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import type { Case, Problem } from '../problem/load.ts';
import type { Generator } from '../problem/random.ts';
import { isKataError, KataError } from '../util/errors.ts';
import { GENERATOR_FILE } from '../problem/files.ts';
import { loadGenerator, runGenerator } from './generate.ts';
import { charactersOf, inputArbitrary } from './stress/arbitrary.ts';
import { Oracle, type OracleRequest, type Trial } from './stress/oracle.ts';
import type { CaseResult, CaseVerdict, Verdict } from './verdict.ts';

export interface StressRequest extends OracleRequest {
  /** An unsigned 32-bit seed: the same seed makes the same inputs. */
  seed: number;
  /** How many inputs to judge (discarded ones do not count). */
  runs: number;
}

export type InputSource = 'generator' | 'types';

export interface Discards {
  count: number;
  /** The most common reason, with one example of it. */
  commonest?: string;
}

export interface Shrinking {
  /** With a generator: the size the failure was found at, and the smallest size (and its seed) that failed the same way. */
  sizes?: { from: number; to: number; seed: number };
  /** How many smaller inputs fast-check's shrinking went through, each failing the same way. */
  steps: number;
  /** Whether fast-check could shrink the input at all (it cannot trace back every value a generator makes). */
  structural: boolean;
  /** How many candidates were judged while shrinking. */
  tries: number;
  /** Shrinking stopped at its budget (of candidates, or of candidates that took a limit), not at a smallest input. */
  stoppedEarly: boolean;
}

export interface StressFailure {
  /** The run (counting judged inputs, from 1) that found the disagreement. */
  run: number;
  /** The input as found, before shrinking. */
  foundInput: Record<string, unknown>;
  /** The shrunk case: its input and the reference's answer (or `error` when the reference threw). */
  testCase: Case;
  /** The solution's result on it, as an example's: verdict, message, input, expected, actual, diff. */
  result: CaseResult;
  shrinking: Shrinking;
}

export type StressOutcome =
  | { kind: 'agreed'; source: InputSource; runs: number; discarded: Discards }
  | { kind: 'failed'; source: InputSource; failure: StressFailure; discarded: Discards }
  | { kind: 'unloadable'; verdict: Verdict; message: string };

/** Shrinking judges at most this many candidates... */
const SHRINK_TRIES = 400;
/** ...and stops after this many that took a time or memory limit each. */
const EXPENSIVE_TRIES = 4;
/** Generator sizes grow from 1 to this over the runs: small inputs find most bugs and read best. */
export const MAX_GENERATOR_SIZE = 24;
/** Seeds tried at each smaller size when shrinking a generator's failure. */
const SEEDS_PER_SIZE = 8;
/** At most this many discarded inputs per run before stress gives up making inputs. */
const DISCARDS_PER_RUN = 10;

export async function stress(request: StressRequest): Promise<StressOutcome> {
  const opened = await Oracle.open(request);
  if (!(opened instanceof Oracle)) return { kind: 'unloadable', ...opened };
  try {
    const tally = new Tally();
    const withGenerator = existsSync(join(request.problem.dir, GENERATOR_FILE));
    return withGenerator ? await stressWithGenerator(opened, request, tally) : await stressWithTypes(opened, request, tally);
  } finally {
    await opened.close();
  }
}

async function stressWithGenerator(oracle: Oracle, request: StressRequest, tally: Tally): Promise<StressOutcome> {
  const { problem } = request;
  const generate = await loadGenerator(problem, request.cacheDir);
  let judged = 0;
  for (let attempt = 0; judged < request.runs && attempt < request.runs * DISCARDS_PER_RUN; attempt++) {
    const seed = (request.seed + attempt) >>> 0;
    const size = generatorSize(judged, request.runs);
    let input: Record<string, unknown>;
    try {
      input = makeInput(problem, generate, seed, size);
    } catch (error) {
      // Generators are written for the sizes hidden.json asks of them: one may not make inputs this small.
      if (!isKataError(error)) throw error;
      tally.add(`${GENERATOR_FILE} could not make size ${size} (${error.message})`);
      continue;
    }
    const trial = await oracle.judge(input);
    if (trial.kind === 'discarded') {
      tally.add(trial.reason);
      continue;
    }
    judged++;
    if (trial.kind === 'agreed') continue;
    const budget = new Budget(trial.result.verdict);
    const smallest = await shrinkSize(oracle, problem, generate, { trial, seed, size }, budget);
    const shrunk = await shrinkStructure(oracle, problem, smallest.trial, budget, request.seed);
    const last = await shortestFailingPrefix(oracle, problem, shrunk.trial, budget);
    const failure: StressFailure = {
      run: judged,
      foundInput: trial.testCase.input,
      testCase: last.testCase,
      result: last.result,
      shrinking: { sizes: { from: size, to: smallest.size, seed: smallest.seed }, steps: shrunk.steps, structural: shrunk.structural, tries: budget.tries, stoppedEarly: budget.spent },
    };
    return { kind: 'failed', source: 'generator', failure, discarded: tally.summary() };
  }
  if (judged === 0) throw noInputs(problem, 'generator', tally);
  return { kind: 'agreed', source: 'generator', runs: judged, discarded: tally.summary() };
}

/** Size 1 for the first run, MAX_GENERATOR_SIZE for the last, growing evenly between. */
export function generatorSize(run: number, runs: number): number {
  return 1 + Math.floor((run * (MAX_GENERATOR_SIZE - 1)) / Math.max(1, runs - 1));
}

function makeInput(problem: Problem, generate: Generator, seed: number, size: number): Record<string, unknown> {
  return runGenerator(problem, generate, { id: 'stress', generate: { seed, size } });
}

type Failed = Extract<Trial, { kind: 'failed' }>;

/** The smallest size (trying a few seeds at each) at which the generator makes an input that fails the same way. */
async function shrinkSize(oracle: Oracle, problem: Problem, generate: Generator, found: { trial: Failed; seed: number; size: number }, budget: Budget): Promise<{ trial: Failed; seed: number; size: number }> {
  for (let size = 1; size < found.size; size++) {
    for (let k = 0; k < SEEDS_PER_SIZE; k++) {
      if (budget.spent) return found;
      const seed = (found.seed + k) >>> 0;
      let input: Record<string, unknown>;
      try {
        input = makeInput(problem, generate, seed, size);
      } catch (error) {
        // A generator that cannot make so small an input is no failure of the solution's.
        if (isKataError(error)) break;
        throw error;
      }
      const trial = await oracle.judge(input);
      if (budget.sameFailure(trial)) return { trial, seed, size };
    }
  }
  return found;
}

/** fast-check's shrinking of an input it did not generate, over the arbitrary derived from the types. */
async function shrinkStructure(oracle: Oracle, problem: Problem, found: Failed, budget: Budget, seed: number): Promise<{ trial: Failed; steps: number; structural: boolean }> {
  const input = found.testCase.input;
  const alphabet = [...charactersOf(input)].join('');
  const arbitrary = inputArbitrary(problem.signature, problem.meta.bounds ?? {}, { mode: 'shrink', ...(alphabet && { alphabet }) });
  const search = new Search(oracle, budget, found);
  let first = true;
  const property = fc.asyncProperty(arbitrary, async (candidate) => {
    if (first) {
      first = false; // the input itself, known to fail: fast-check shrinks from it
      return false;
    }
    return !(await search.fails(candidate));
  });
  const details = await fc.check(property, { examples: [[input]], numRuns: 1, seed: seed | 0 });
  search.rethrow();
  return { trial: search.last, steps: details.numShrinks, structural: arbitrary.canShrinkWithoutContext(input) };
}

/**
 * A class sequence cut after the call that fails: fast-check shrinks an array from its front, so calls after
 * the failure can survive its shrinking. The shortest prefix that still fails the same way is the case.
 */
async function shortestFailingPrefix(oracle: Oracle, problem: Problem, found: Failed, budget: Budget): Promise<Failed> {
  if (problem.signature.kind !== 'class') return found;
  const { operations, arguments: args } = found.testCase.input as { operations: unknown[]; arguments: unknown[] };
  for (let steps = 2; steps < operations.length && !budget.spent; steps++) {
    const trial = await oracle.judge({ operations: operations.slice(0, steps), arguments: args.slice(0, steps) });
    if (budget.sameFailure(trial)) return trial;
  }
  return found;
}

async function stressWithTypes(oracle: Oracle, request: StressRequest, tally: Tally): Promise<StressOutcome> {
  const { problem } = request;
  const arbitrary = inputArbitrary(problem.signature, problem.meta.bounds ?? {}, { mode: 'generate' });
  let judged = 0;
  let search: Search | null = null;
  let foundAt: { run: number; input: Record<string, unknown> } | null = null;
  let fatal: unknown = null;
  const property = fc.asyncProperty(arbitrary, async (input) => {
    if (search) return !(await search.fails(input));
    if (fatal !== null) return true;
    let trial: Trial;
    try {
      trial = await oracle.judge(input);
    } catch (error) {
      fatal = error; // fast-check would take a throw for a failure of the property
      return true;
    }
    if (trial.kind === 'discarded') {
      tally.add(trial.reason);
      fc.pre(false);
    }
    judged++;
    if (trial.kind !== 'failed') return true;
    foundAt = { run: judged, input: trial.testCase.input };
    search = new Search(oracle, new Budget(trial.result.verdict), trial);
    return false;
  });
  const details = await fc.check(property, { seed: request.seed | 0, numRuns: request.runs, maxSkipsPerRun: DISCARDS_PER_RUN });
  if (fatal !== null) throw fatal;
  const found = search as Search | null;
  if (found && foundAt) {
    found.rethrow();
    const { run, input } = foundAt;
    // fast-check's shrinking with context stops where no single step it tries still fails; shrinking again
    // from the result, without context, tries other steps (such as dropping the last call of a sequence).
    const polished = await shrinkStructure(oracle, problem, found.last, found.budget, request.seed);
    const last = await shortestFailingPrefix(oracle, problem, polished.trial, found.budget);
    const shrinking: Shrinking = { steps: details.numShrinks + polished.steps, structural: true, tries: found.budget.tries, stoppedEarly: found.budget.spent };
    return { kind: 'failed', source: 'types', failure: { run, foundInput: input, testCase: last.testCase, result: last.result, shrinking }, discarded: tally.summary() };
  }
  if (judged === 0) throw noInputs(problem, 'types', tally);
  return { kind: 'agreed', source: 'types', runs: judged, discarded: tally.summary() };
}

/** Shrinking's judge: a candidate counts only when it fails the way the original did, within the budget. */
class Search {
  private fatal: unknown = null;

  constructor(
    private readonly oracle: Oracle,
    readonly budget: Budget,
    public last: Failed,
  ) {}

  async fails(input: Record<string, unknown>): Promise<boolean> {
    if (this.fatal !== null || this.budget.spent) return false;
    let trial: Trial;
    try {
      trial = await this.oracle.judge(input);
    } catch (error) {
      this.fatal = error;
      return false;
    }
    if (!this.budget.sameFailure(trial)) return false;
    this.last = trial as Failed;
    return true;
  }

  /** A broken package met while shrinking (a custom checker that throws) is still the author's error. */
  rethrow(): void {
    if (this.fatal !== null) throw this.fatal;
  }
}

class Budget {
  tries = 0;
  private expensive = 0;

  constructor(private readonly verdict: CaseVerdict) {}

  get spent(): boolean {
    return this.tries >= SHRINK_TRIES || this.expensive >= EXPENSIVE_TRIES;
  }

  sameFailure(trial: Trial): trial is Failed {
    this.tries++;
    if (trial.kind !== 'failed') return false;
    if (trial.result.verdict === 'TLE' || trial.result.verdict === 'MLE') this.expensive++;
    return trial.result.verdict === this.verdict;
  }
}

/** Why inputs were discarded, grouped by the reason's words before any detail in parentheses. */
class Tally {
  private count = 0;
  private readonly reasons = new Map<string, { count: number; example: string }>();

  add(reason: string): void {
    this.count++;
    const key = reason.split(' (')[0]!;
    const entry = this.reasons.get(key) ?? { count: 0, example: reason };
    entry.count++;
    this.reasons.set(key, entry);
  }

  summary(): Discards {
    const commonest = [...this.reasons.values()].sort((a, b) => b.count - a.count)[0];
    return { count: this.count, ...(commonest && { commonest: commonest.example }) };
  }
}

function noInputs(problem: Problem, source: InputSource, tally: Tally): KataError {
  const { count, commonest } = tally.summary();
  const why = commonest ? `: the commonest reason, ${commonest}` : '';
  const hint =
    source === 'generator'
      ? `problems/${problem.slug}/${GENERATOR_FILE} should make inputs within the bounds: run kata validate ${problem.slug}`
      : `add problems/${problem.slug}/${GENERATOR_FILE} (or bounds in problem.json) so that stress can make inputs the statement allows`;
  return new KataError('BAD_PACKAGE', `none of the ${count} inputs made for ${problem.slug} could be judged${why}`, hint);
}
