/**
 * `kata judge --complexity`: how a solution's time grows with the generator's size, beside the
 * reference's. Inputs of size n, 2n, 4n, ... come from generator.ts; the solution and the reference each
 * run in their own warm sandbox, as in judging, and every answer of the solution is checked against the
 * reference's. Two phases: sizes grow, one run each, until a run takes a share of the time limit; then
 * rounds over all the sizes, the two programs alternating, until the repeats or the budget are spent.
 * Rounds, not repeats in a row, so that a machine that slows down for a while slows every size alike.
 *
 * A size's time is the fastest of its runs by the sandbox's own clock around the call (decoding
 * excluded): other processes only ever add time. On a busy machine a call longer than the scheduler's
 * slice is preempted on every run, so the fastest of the runs the scheduler says were not preempted
 * counts first (see sched.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Case, Problem } from '../problem/load.ts';
import { PROBLEM_FILES } from '../problem/load.ts';
import { Random, type Generator } from '../problem/random.ts';
import { KataError } from '../util/errors.ts';
import { loadCustomChecker } from './checker.ts';
import { compileSolution, prepareRuntime, type Runtime } from './compile.ts';
import { GENERATOR_FILE } from '../problem/files.ts';
import { loadGenerator, runGenerator } from './generate.ts';
import { fitExponent, nearestClass, withoutStrays, withoutTopKnee, type GrowthClass, type SizeTime } from './growth.ts';
import { caseSeed, MIN_LOAD_LIMIT_MS } from './judge.ts';
import { judgeOutcome, type OutcomeContext } from './outcome.ts';
import { Sandbox, type RunOutcome } from './sandbox.ts';
import { descendants, newLeafProcess, readSched, type SchedSample } from './sched.ts';
import { checkReplyShape } from './shape.ts';
import { argumentPayload, callSpec } from './spec.ts';
import type { Verdict } from './verdict.ts';
import { timeLimitFor } from './calibrate.ts';
import { ceilingTimeMs } from '../problem/schema.ts';

export const COMPLEXITY_DEFAULTS = {
  startSize: 8,
  /** Runs per size and program at most (the first is the growing phase's); fewer once the fastest times settle. */
  repeats: 25,
  /** A program stops growing once a run takes this share of the time limit. */
  limitShare: 0.1,
  /** The whole estimate's wall-clock budget. */
  budgetMs: 30_000,
  /**
   * Sizes faster than this are left out of the fit: the call's own fixed cost weighs too much there. Not
   * more: a linear scan whose inputs stop at 2^19 would keep only five sizes, and one step across a
   * cache boundary among five reads as n log n (seen in CI); among seven it weighs less.
   */
  measurableMs: 0.005,
};
export type ComplexitySettings = typeof COMPLEXITY_DEFAULTS;

/**
 * Inputs stop growing past this (serialized for the sandbox), or when making one takes longer than this:
 * about half a million numbers, past which a scan of them is bound by memory rather than by its algorithm.
 */
const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;
const MAX_GENERATE_MS = 5_000;
/** The seed of every input: one shape of input at every size, so that only the size changes. */
const INPUT_SEED = 0;
/** Rounds stop once no fastest time improved by more than this share for this many rounds, after this many at least. */
const SETTLED_GAIN = 0.02;
const SETTLED_ROUNDS = 3;
const MIN_ROUNDS = 6;
/** The fit looks at the largest sizes measured: this many at most (a span of 64 when sizes double). */
const FIT_POINTS = 7;
/** A run whose process waited for a core less than this share of its call time counts as not preempted. */
const UNPREEMPTED_WAIT_SHARE = 0.02;

export type StopReason = 'time' | 'budget' | 'input-size' | 'failed' | 'reference-failed' | 'not-run';

export interface GrowthFailure {
  /** The size it failed at; null when it did not compile or load. */
  size: number | null;
  verdict: Verdict;
  message: string;
}

export interface ProgramGrowth {
  label: string;
  /** Every size it passed: the fastest of its runs. */
  points: SizeTime[];
  /** The points the fit used. */
  fitted: SizeTime[];
  exponent: number | null;
  growthClass: GrowthClass | null;
  stopped: StopReason;
  failure?: GrowthFailure;
}

export interface ComplexityEstimate {
  solution: ProgramGrowth;
  reference: ProgramGrowth;
  /** The largest size made. */
  largestSize: number;
  settings: ComplexitySettings;
}

export interface ComplexityRequest {
  problem: Problem;
  solutionFile: string;
  solutionLabel: string;
  cacheDir: string;
  settings?: Partial<ComplexitySettings>;
  /** After each size of the growing phase, what each program took, or undefined if it did not run. */
  onSize?: (size: number, solutionMs: number | undefined, referenceMs: number | undefined) => void;
}

interface Sample {
  timeMs: number;
  /** The scheduler saw no preemption that could have lengthened the call. */
  clean: boolean;
}

/** One program under measurement: its warm sandbox and its runs so far, by size. */
interface Subject {
  label: string;
  sandbox: Sandbox | null;
  /** The sandbox's Node process, for the scheduler's account of it; null where there is none. */
  pid: number | null;
  samples: Map<number, Sample[]>;
  stopped?: StopReason;
  failure?: GrowthFailure;
}

/** An estimate needs inputs at growing sizes: a problem without a generator is a usage error, raised before any work. */
export function assertHasGenerator(problem: Problem): void {
  if (!existsSync(join(problem.dir, GENERATOR_FILE))) {
    throw new KataError('USAGE', `${problem.slug} has no ${GENERATOR_FILE}, so kata cannot make its inputs at growing sizes for --complexity`, `run kata judge ${problem.slug} without --complexity, or pick a problem whose folder has a ${GENERATOR_FILE}`);
  }
}

/** One size's input, as a hidden case (its data never shown), and what the sandbox is sent. */
interface SizedInput {
  size: number;
  testCase: Case;
  payload: Uint8Array;
  seed: number;
}

interface Run {
  problem: Problem;
  settings: ComplexitySettings;
  context: OutcomeContext;
  solution: Subject;
  reference: Subject;
  started: number;
}

export async function estimateComplexity(request: ComplexityRequest): Promise<ComplexityEstimate> {
  const { problem, cacheDir } = request;
  const settings = { ...COMPLEXITY_DEFAULTS, ...request.settings };
  assertHasGenerator(problem);
  const generate = await loadGenerator(problem, cacheDir);
  const runtime = prepareRuntime(cacheDir);
  const referenceShown = `problems/${problem.slug}/${PROBLEM_FILES.reference}`;
  const reference = await startSubject(problem, runtime, cacheDir, join(problem.dir, PROBLEM_FILES.reference), referenceShown);
  if (reference.failure) throw new KataError('BAD_PACKAGE', `${referenceShown} does not load: ${reference.failure.message}`, `run kata judge ${problem.slug} --solution ${referenceShown} to see more`);
  const solution = await startSubject(problem, runtime, cacheDir, request.solutionFile, request.solutionLabel);
  const context: OutcomeContext = {
    problem,
    solutionFile: request.solutionFile,
    solutionLabel: request.solutionLabel,
    timeLimitMs: await timeLimitFor(problem, cacheDir),
    ...(problem.meta.checker?.kind === 'custom' && { customCheck: await loadCustomChecker(problem, cacheDir, runtime.structures) }),
  };
  const run: Run = { problem, settings, context, solution, reference, started: performance.now() };
  let largestSize = 0;
  try {
    // A solution that does not load has no growth to show: the reference is not measured for nothing.
    if (solution.failure) reference.stopped = 'not-run';
    else {
      const inputs = await grow(run, generate, request.onSize);
      largestSize = inputs.at(-1)?.size ?? 0;
      await repeatRounds(run, inputs);
    }
  } finally {
    await Promise.all([solution.sandbox?.dispose(), reference.sandbox?.dispose()]);
  }
  return { solution: summarize(solution, settings.measurableMs), reference: summarize(reference, settings.measurableMs), largestSize, settings };
}

/** The growing phase: sizes double, one run each, until both programs have stopped. Returns the inputs made. */
async function grow(run: Run, generate: Generator, onSize: ComplexityRequest['onSize']): Promise<SizedInput[]> {
  const { problem, settings, solution, reference } = run;
  const stopMs = run.context.timeLimitMs * settings.limitShare;
  const inputs: SizedInput[] = [];
  let lastSizeMs = 0;
  for (let size = settings.startSize; solution.stopped === undefined || reference.stopped === undefined; size *= 2) {
    // Half the budget at most, and the next size costs about four times the last for a quadratic program.
    if (performance.now() - run.started + lastSizeMs * 4 > settings.budgetMs / 2) {
      stopAll([solution, reference], 'budget');
      break;
    }
    const sizeStarted = performance.now();
    const input = makeInput(problem, generate, size);
    if (input === null) {
      stopAll([solution, reference], 'input-size');
      break;
    }
    // The reference runs at every size, for the answer the solution is checked against; timed while it grows.
    const timeReference = reference.stopped === undefined;
    const answer = await measure(run, reference, input, timeReference);
    if (answer === undefined) {
      stopAll([solution], 'reference-failed');
      break;
    }
    input.testCase.expected = answer.value;
    inputs.push(input);
    const solutionMs = solution.stopped === undefined ? (await measure(run, solution, input, true))?.timeMs : undefined;
    onSize?.(size, solutionMs, timeReference ? answer.timeMs : undefined);
    if (solutionMs !== undefined && solutionMs > stopMs) stopAll([solution], 'time');
    if (timeReference && answer.timeMs > stopMs) stopAll([reference], 'time');
    lastSizeMs = performance.now() - sizeStarted;
  }
  return inputs;
}

/**
 * Rounds over every size each program reached, alternating the two, while the budget lasts and until the
 * fastest times settle: no size's fastest clean time improved by more than SETTLED_GAIN for SETTLED_ROUNDS rounds.
 */
async function repeatRounds(run: Run, inputs: readonly SizedInput[]): Promise<void> {
  let lastRoundMs = 0;
  let settledRounds = 0;
  for (let round = 1; round < run.settings.repeats; round++) {
    if (performance.now() - run.started + lastRoundMs > run.settings.budgetMs) return;
    const roundStarted = performance.now();
    const before = [run.reference, run.solution].map(fastestByName);
    // A new order each round: whatever recurs in the machine or the heap (a collection every so many
    // allocations) does not fall on the same size every time.
    for (const input of new Random(round).shuffle(inputs)) {
      for (const subject of [run.reference, run.solution]) {
        if (subject.failure || !subject.samples.has(input.size)) continue;
        if ((await measure(run, subject, input, true)) === undefined) return;
      }
    }
    lastRoundMs = performance.now() - roundStarted;
    const after = [run.reference, run.solution].map(fastestByName);
    const improved = after.some((sizes, i) => [...sizes].some(([size, time]) => time < (before[i]!.get(size) ?? Infinity) * (1 - SETTLED_GAIN)));
    settledRounds = improved ? 0 : settledRounds + 1;
    if (round >= MIN_ROUNDS && settledRounds >= SETTLED_ROUNDS) return;
  }
}

function fastestByName(subject: Subject): Map<number, number> {
  return new Map(fastestPoints(subject).map((point) => [point.size, point.timeMs]));
}

async function startSubject(problem: Problem, runtime: Runtime, cacheDir: string, file: string, label: string): Promise<Subject> {
  const subject: Subject = { label, sandbox: null, pid: null, samples: new Map() };
  const compiled = await compileSolution(cacheDir, file, runtime.structures);
  if (!compiled.ok) return failed(subject, null, 'CE', compiled.message.split(file).join(label));
  const { limits } = problem.meta;
  const before = descendants();
  const sandbox = new Sandbox({ runtime, solutionFile: compiled.file, call: callSpec(problem.signature), memoryMb: limits.memoryMb });
  const loaded = await sandbox.load(Math.max(ceilingTimeMs(limits.timeMs), MIN_LOAD_LIMIT_MS));
  if (loaded.kind === 'ready') return { ...subject, sandbox, pid: newLeafProcess(before) };
  await sandbox.dispose();
  if (loaded.kind === 'load-failed') return failed(subject, null, loaded.verdict, `${label} does not load: ${loaded.error.message}`);
  if (loaded.kind === 'timeout') return failed(subject, null, 'TLE', `${label} did not finish loading in time`);
  if (loaded.kind === 'memory') return failed(subject, null, 'MLE', `${label} used more than ${limits.memoryMb} MB while loading`);
  return failed(subject, null, 'RE', `${label} crashed while loading: ${loaded.message}`);
}

function failed(subject: Subject, size: number | null, verdict: Verdict, message: string): Subject {
  subject.failure = { size, verdict, message };
  subject.stopped = 'failed';
  return subject;
}

function stopAll(subjects: Subject[], reason: StopReason): void {
  for (const subject of subjects) subject.stopped ??= reason;
}

/** The input of this size, or null when inputs have grown too large to make and send. */
function makeInput(problem: Problem, generate: Generator, size: number): SizedInput | null {
  const id = `complexity-n${size}`;
  const started = performance.now();
  const testCase: Case = { id, kind: 'hidden', input: runGenerator(problem, generate, { id, generate: { seed: INPUT_SEED, size } }) };
  if (performance.now() - started > MAX_GENERATE_MS) return null;
  const payload = argumentPayload(problem.signature, testCase);
  if (payload.byteLength > MAX_PAYLOAD_BYTES) return null;
  return { size, testCase, payload, seed: caseSeed(problem.slug, id) };
}

/**
 * One run at this size, its answer judged (the reference's only has to be an answer), and its time kept
 * when `keep`. Undefined, and the program stopped, when it failed.
 */
async function measure(run: Run, subject: Subject, input: SizedInput, keep: boolean): Promise<{ value: unknown; timeMs: number } | undefined> {
  const { problem, context } = run;
  const before = subject.pid === null ? null : readSched(subject.pid);
  const outcome = checkReplyShape(problem.signature, input.testCase, await subject.sandbox!.run(input.payload, input.seed, context.timeLimitMs));
  const after = subject.pid === null ? null : readSched(subject.pid);
  const verdict = subject === run.reference ? referenceVerdict(outcome) : await solutionVerdict(context, input, outcome);
  if (verdict.verdict !== 'AC' || outcome.kind !== 'returned') {
    failed(subject, input.size, verdict.verdict, verdict.message);
    return undefined;
  }
  if (keep) {
    const samples = subject.samples.get(input.size) ?? [];
    samples.push({ timeMs: outcome.timeMs, clean: unpreempted(outcome.timeMs, before, after) });
    subject.samples.set(input.size, samples);
  }
  return { value: outcome.value, timeMs: outcome.timeMs };
}

/**
 * Whether the scheduler's account rules out a preemption that lengthened the call: the request ran in one
 * slice after its wake-up (the wait before it ran came before the call), or it hardly waited at all.
 * Without the account (no /proc), every run counts as clean.
 */
export function unpreempted(callMs: number, before: SchedSample | null, after: SchedSample | null): boolean {
  if (!before || !after) return true;
  if (after.slices - before.slices <= 1) return true;
  return (after.waitNs - before.waitNs) / 1e6 <= callMs * UNPREEMPTED_WAIT_SHARE;
}

async function solutionVerdict(context: OutcomeContext, input: SizedInput, outcome: RunOutcome): Promise<{ verdict: Verdict; message: string }> {
  const result = await judgeOutcome(context, input.testCase, outcome, input.seed);
  if (result.verdict === 'AC') return { verdict: 'AC', message: '' };
  const verdict = result.verdict === 'SKIPPED' ? 'RE' : result.verdict;
  return { verdict, message: `${result.message ?? verdict} at n = ${input.size}` };
}

function referenceVerdict(outcome: RunOutcome): { verdict: Verdict; message: string } {
  const verdict: Verdict = outcome.kind === 'returned' ? 'AC' : outcome.kind === 'timeout' ? 'TLE' : outcome.kind === 'memory' ? 'MLE' : outcome.kind === 'bad-answer' ? 'WA' : 'RE';
  return { verdict, message: verdict };
}

/** A size's time: its fastest run. It counts as clean when some run at that size was not preempted. */
function fastestPoints(subject: Subject): (SizeTime & { clean: boolean })[] {
  const points = [...subject.samples].map(([size, samples]) => ({ size, timeMs: Math.min(...samples.map((s) => s.timeMs)), clean: samples.some((s) => s.clean) }));
  return points.sort((a, b) => a.size - b.size);
}

/**
 * The fit: the time of the smallest size is the call's fixed cost, and is taken off every size; the sizes
 * left with less than `measurableMs` (or twice the fixed cost) are too fast to tell growth from noise. Of the
 * rest, the largest FIT_POINTS, clean ones if they span a factor of 16 (growth is about large n), none
 * slower than a larger size, no knee at the top, and no stray far off the line through the others.
 */
function summarize(subject: Subject, measurableMs: number): ProgramGrowth {
  const points = fastestPoints(subject);
  const fixedMs = points[0]?.timeMs ?? 0;
  const measurable = points.filter((point) => point.timeMs - fixedMs >= Math.max(measurableMs, 2 * fixedMs)).map((point) => ({ ...point, timeMs: point.timeMs - fixedMs }));
  const clean = withoutOutliers(measurable.filter((point) => point.clean)).slice(-FIT_POINTS);
  const chosen = clean.length >= 4 && spans(clean, 16) ? clean : withoutOutliers(measurable).slice(-FIT_POINTS);
  const fitted = withoutStrays(withoutTopKnee(chosen)).map(({ size, timeMs }) => ({ size, timeMs }));
  const enough = spans(fitted);
  return {
    label: subject.label,
    points: points.map(({ size, timeMs }) => ({ size, timeMs })),
    fitted,
    exponent: enough ? fitExponent(fitted) : null,
    growthClass: enough ? nearestClass(fitted) : null,
    stopped: subject.stopped ?? 'budget',
    ...(subject.failure && { failure: subject.failure }),
  };
}

/**
 * A size slower than a larger one was slowed by something else (a collection, a cold cache, a busy
 * core in all its runs): time does not shrink as n grows. Such sizes are left out of the fit.
 */
function withoutOutliers<T extends SizeTime>(points: readonly T[]): T[] {
  return points.filter((point, i) => points.slice(i + 1).every((larger) => larger.timeMs >= point.timeMs));
}

/** Enough points for a fit: three sizes at least, spanning this factor at least. */
function spans(points: readonly SizeTime[], factor = 4): boolean {
  return points.length >= 3 && points.at(-1)!.size >= points[0]!.size * factor;
}
