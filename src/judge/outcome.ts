/**
 * From what happened in the sandbox to one case's verdict and message.
 * Messages about hidden cases carry no data from the case: not its input,
 * not its expected answer, not what the solution derived from them.
 */
import { caseValues } from '../problem/cases.ts';
import type { Case, Problem } from '../problem/load.ts';
import type { CheckerJson } from '../problem/schema.ts';
import { answerType, stepType, renderMethod, type ClassSignature, type FunctionSignature, type Signature } from '../problem/signature.ts';
import { formatType } from '../problem/types.ts';
import { answerAsData, checkAnswer, withBigints } from '../problem/values.ts';
import { compactJson } from '../util/text.ts';
import { runCustomCheck, type CustomCheck } from './checker.ts';
import { wallLimitMs } from './limits.ts';
import { CPU_SLACK_MS } from './timing.ts';
import { compareWithErrors, DEFAULT_TOLERANCE, type CompareOptions, type Difference } from './compare.ts';
import type { RunOutcome } from './sandbox.ts';
import type { ThrownError } from './sandbox/protocol.ts';
import type { CaseDetail, CaseResult } from './verdict.ts';

export interface OutcomeContext {
  problem: Problem;
  solutionFile: string;
  solutionLabel: string;
  revealHidden?: boolean;
  /** What a passing example printed is kept too (kata test --verbose). */
  keepOutput?: boolean;
  customCheck?: CustomCheck;
  /** The time limit per case on this machine (a calibrated limit is resolved before judging). */
  timeLimitMs: number;
}

const OUTPUT_SHOWN = 2000;
const BUILTIN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError', 'AggregateError']);

/**
 * For a hidden case every message is one of these fixed phrases, or built by the judge from the
 * signature: nothing the solution chose (an error text, a stack, an exit code, a map key, a float
 * error) reaches the report, since any of it could carry data read from the hidden input.
 */
const HIDDEN = {
  crashed: 'the solution process ended unexpectedly',
  badAnswer: 'the answer cannot be judged as data (a cycle, a node not in the input tree, or a value such as a function)',
  threw: 'the solution threw',
  stackOverflow: 'stack overflow',
  wrong: 'wrong answer',
} as const;


export async function judgeOutcome(context: OutcomeContext, testCase: Case, outcome: RunOutcome, seed: number): Promise<CaseResult> {
  const { problem } = context;
  const hidden = testCase.kind === 'hidden' && !context.revealHidden;
  const base = { id: testCase.id, kind: testCase.kind, seed };
  // Shown as the solver's values: a bigint as `5n`, not as the digits the case file holds.
  const shown = hidden ? undefined : caseValues(problem.signature, testCase.input, testCase.expected);
  const detail = (extra: Partial<CaseDetail> = {}, output = ''): { detail?: CaseDetail } =>
    shown === undefined ? {} : { detail: { input: shown.input, expected: testCase.error ? { error: testCase.error } : shown.expected, ...extra, ...(output && { output: output.slice(0, OUTPUT_SHOWN) }) } };
  const { memoryMb } = problem.meta.limits;
  const limitMs = context.timeLimitMs;

  switch (outcome.kind) {
    case 'timeout':
      // A hidden case's TLE carries the limit, not a time: when the solution was stopped is its own choice.
      // A visible one shows when it was stopped, later than the limit (past a margin, or at the limit on
      // waiting): said, so that the two figures do not read as a contradiction.
      if (hidden) return { ...base, verdict: 'TLE', timeMs: limitMs, message: `did not return within ${limitMs} ms` };
      // No number in the text: a report's messages stay the same from run to run (grade's merged shards are compared).
      const stopped = outcome.timeMs > limitMs ? ' (the time shown is when kata stopped it)' : '';
      return { ...base, verdict: 'TLE', timeMs: round(outcome.timeMs), message: `did not return within ${limitMs} ms${stopped}`, ...detail() };
    case 'memory':
      return { ...base, verdict: 'MLE', timeMs: 0, message: `used more than ${memoryMb} MB`, ...detail() };
    case 'crashed':
      return { ...base, verdict: 'RE', timeMs: 0, message: hidden ? HIDDEN.crashed : outcome.message, ...detail({}, outcome.output) };
    default:
      break;
  }
  // A hidden case's time is the judge's own reading of the solution's CPU time, in steps of 10 ms: the
  // sandbox's finer figure is the solution's to shape (by forging its reply), and sleeping shapes wall time;
  // either would carry more of the hidden input out.
  const timeMs = hidden ? outcome.cpuMs : round(credibleTime(outcome));
  // TLE is decided on the judge's own clocks, which the solution cannot reach: its CPU time, and a wall limit for waiting.
  // A hidden case's TLE says only the limit: how far past it the solution went is its own choice.
  const tle = (message: string): CaseResult => ({ ...base, verdict: 'TLE', ...(hidden ? { timeMs: limitMs, message: `did not return within ${limitMs} ms` } : { timeMs: round(outcome.waitedMs), message }) });
  if (outcome.cpuMs > limitMs) return tle(`used ${outcome.cpuMs} ms of CPU time; the limit is ${limitMs} ms`);
  const wallMs = wallLimitMs(limitMs);
  if (outcome.waitedMs > wallMs) return tle(`took ${Math.round(outcome.waitedMs)} ms; the limit on waiting is ${wallMs} ms`);
  switch (outcome.kind) {
    case 'bad-answer':
      if (testCase.error) return { ...base, verdict: 'WA', timeMs, message: 'expected the call to throw, but it returned' };
      return { ...base, verdict: 'WA', timeMs, message: hidden ? HIDDEN.badAnswer : outcome.reason, ...detail({}, outcome.output) };
    case 'threw': {
      if (testCase.error && problem.signature.kind === 'class') return judgeClassThrow(context, base, timeMs, testCase, outcome, hidden);
      if (testCase.error) return judgeExpectedError(base, timeMs, testCase.error, outcome.error, hidden);
      const step = outcome.step !== undefined && !hidden ? `at step ${outcome.step} (${stepCall(problem.signature, testCase, outcome.step)}): ` : '';
      return { ...base, verdict: 'RE', timeMs, message: `${step}${describeError(outcome.error, context, hidden)}`, ...detail({}, outcome.output) };
    }
    case 'returned': {
      if (testCase.error) {
        const which = problem.signature.kind === 'class' && !hidden ? `the last step, ${lastStep(testCase)} (${stepCall(problem.signature, testCase, lastStep(testCase))}), to throw` : 'the call to throw';
        return { ...base, verdict: 'WA', timeMs, message: `expected ${which}, but it returned`, ...detail({ actual: outcome.value }, outcome.output) };
      }
      const checker = testCase.checker ?? problem.meta.checker ?? { kind: 'exact' };
      const verdict =
        checker.kind === 'custom' && context.customCheck
          ? await judgeCustom(context, testCase, outcome.value, hidden)
          : problem.signature.kind === 'class'
            ? judgeSteps(problem.signature, testCase, outcome.value as unknown[], checker, hidden)
            : judgeAnswer(problem.signature, testCase, outcome.value, checker, hidden);
      if (verdict.ok) {
        const printed = context.keepOutput && shown !== undefined && outcome.output ? { detail: { input: shown.input, expected: shown.expected, output: outcome.output.slice(0, OUTPUT_SHOWN) } } : {};
        return { ...base, verdict: 'AC', timeMs, ...(verdict.maxError !== undefined && { maxError: verdict.maxError }), ...printed };
      }
      const ignored = outcome.ignoredReturn && problem.signature.kind === 'function' && !hidden
        ? ` (${problem.signature.functionName} returned a value, which is ignored: ${problem.signature.output} is judged after the call)`
        : '';
      return {
        ...base,
        verdict: 'WA',
        timeMs,
        message: `${verdict.message}${ignored}`,
        // On a hidden case the error against the expected value would reveal the expected value.
        ...(verdict.maxError !== undefined && !hidden && { maxError: verdict.maxError }),
        ...detail({ actual: outcome.value, ...(verdict.difference && { difference: verdict.difference }) }, outcome.output),
      };
    }
  }
}

/**
 * An example's time: the sandbox's own fine measure of the call when the judge's CPU reading agrees with
 * it; otherwise the CPU reading, since the solution either waited (for a busy machine's CPU, or a timer)
 * or claims less than it used.
 */
function credibleTime(outcome: Extract<RunOutcome, { elapsedMs: number }>): number {
  const claimed = outcome.timeMs;
  return claimed <= outcome.elapsedMs && Math.abs(claimed - outcome.cpuMs) <= CPU_SLACK_MS ? claimed : outcome.cpuMs;
}

type AnswerVerdict = { ok: boolean; message: string; difference?: Difference; maxError?: number };

function compareOptions(checker: CheckerJson): CompareOptions {
  const order = checker.kind === 'unordered' || checker.kind === 'unordered-deep' ? checker.kind : 'exact';
  return { order, tolerance: { abs: checker.abs ?? DEFAULT_TOLERANCE.abs, rel: checker.rel ?? DEFAULT_TOLERANCE.rel } };
}

/**
 * The author's checker decides; the answer must still have the signature's types first. The checker
 * gets the answer as case data, like the input and the expected value (a bigint as its digits).
 */
async function judgeCustom(context: OutcomeContext, testCase: Case, actual: unknown, hidden: boolean): Promise<AnswerVerdict> {
  const { signature } = context.problem;
  const typeProblem = signature.kind === 'function' ? checkAnswer(answerType(signature), actual) : stepsTypeProblem(signature, testCase, actual);
  if (typeProblem) return { ok: false, message: hidden ? HIDDEN.wrong : typeProblem };
  const data = signature.kind === 'function' ? answerAsData(answerType(signature), actual) : stepsAsData(signature, testCase, actual as unknown[]);
  const result = await runCustomCheck(context.customCheck!, context.problem, testCase.input, testCase.expected, data);
  const message = hidden || !result.message ? 'wrong answer' : `wrong answer: ${result.message}`;
  return { ok: result.verdict === 'AC', message };
}

function judgeAnswer(signature: FunctionSignature, testCase: Case, actual: unknown, checker: CheckerJson, hidden: boolean): AnswerVerdict {
  const type = answerType(signature);
  const options = compareOptions(checker);
  const { difference, maxFloatError } = compareWithErrors(type, testCase.expected, actual, options);
  const errorNote = maxFloatError !== undefined && difference && !difference.typeProblem
    ? ` (largest float error ${maxFloatError.toExponential(2)}; tolerance abs ${options.tolerance.abs}, rel ${options.tolerance.rel})`
    : '';
  if (hidden) {
    // No error figure at all: past the tolerance it would reveal the expected value, and within it a solution
    // can choose its error (a right answer plus a chosen offset) to carry bits of the hidden input out.
    if (!difference) return { ok: true, message: '' };
    return { ok: false, message: difference.typeProblem ? `the answer is not of the return type ${formatType(type)}` : HIDDEN.wrong };
  }
  const where = difference?.missing ? `: ${multisetText(difference)} (in any order)` : difference?.path ? ` at ${difference.path}` : '';
  const message = difference?.typeProblem ?? `wrong answer${where}${keysText(difference)}${errorNote}`;
  return { ok: difference === null, message, ...(difference && { difference }), ...(maxFloatError !== undefined && { maxError: maxFloatError }) };
}

const SHOWN_ELEMENTS = 3;

/** A map's keys that are missing or not expected, said after its first wrong value: `; missing key "b"; unexpected keys "x", "y"`. */
function keysText(difference: Difference | null | undefined): string {
  if (!difference?.keys) return '';
  const list = (what: string, keys: string[]) => {
    const shown = keys.slice(0, SHOWN_ELEMENTS).map((key) => JSON.stringify(key)).join(', ');
    return `; ${what} key${keys.length === 1 ? '' : 's'} ${shown}${keys.length > SHOWN_ELEMENTS ? ` and ${keys.length - SHOWN_ELEMENTS} more` : ''}`;
  };
  const { missing, extra } = difference.keys;
  return `${missing.length > 0 ? list('missing', missing) : ''}${extra.length > 0 ? list('unexpected', extra) : ''}`;
}

/** `missing [1,2,3]; unexpected [1,1,3] and 2 more` */
function multisetText(difference: Difference): string {
  const list = (items: unknown[]) => `${items.slice(0, SHOWN_ELEMENTS).map((item) => compactJson(item, 60)).join(', ')}${items.length > SHOWN_ELEMENTS ? ` and ${items.length - SHOWN_ELEMENTS} more` : ''}`;
  const parts = [difference.missing!.length > 0 && `missing ${list(difference.missing!)}`, difference.extra!.length > 0 && `unexpected ${list(difference.extra!)}`];
  return parts.filter(Boolean).join('; ');
}

/** A class case: the first step whose result differs, named with its call (`at step 7: get(3) ...`). */
function judgeSteps(signature: ClassSignature, testCase: Case, actual: unknown[], checker: CheckerJson, hidden: boolean, steps = (testCase.input.operations as string[]).length): AnswerVerdict {
  const operations = testCase.input.operations as string[];
  const argumentLists = testCase.input.arguments as unknown[][];
  const expected = testCase.expected as unknown[];
  const options = compareOptions(checker);
  for (let step = 1; step < steps; step++) {
    const method = signature.methods.find((m) => m.name === operations[step])!;
    const { difference } = compareWithErrors(stepType(method), expected[step], actual[step], options);
    if (!difference) continue;
    if (hidden) return { ok: false, message: HIDDEN.wrong };
    const call = `${method.name}(${(argumentLists[step] ?? []).map((arg, i) => compactJson(method.params[i] ? withBigints(method.params[i].type, arg) : arg, 60)).join(', ')})`;
    const got = difference.typeProblem ?? `returned ${compactJson(actual[step], 120)}, expected ${compactJson(withBigints(stepType(method), expected[step]), 120)}`;
    return { ok: false, message: `at step ${step}: ${call} ${got} (${renderMethod(method)})` };
  }
  return { ok: true, message: '' };
}

/** The first step whose result does not have its method's return type, or null. */
function stepsTypeProblem(signature: ClassSignature, testCase: Case, actual: unknown): string | null {
  const operations = testCase.input.operations as string[];
  if (!Array.isArray(actual) || actual.length !== operations.length) return 'answer: expected one result per operation';
  for (let step = 1; step < operations.length; step++) {
    const method = signature.methods.find((m) => m.name === operations[step])!;
    const problem = checkAnswer(stepType(method), actual[step], `at step ${step}: answer`);
    if (problem) return problem;
  }
  return null;
}

/** A class case's results as case data (bigints as digits), for a custom checker. */
function stepsAsData(signature: ClassSignature, testCase: Case, actual: unknown[]): unknown[] {
  const operations = testCase.input.operations as string[];
  return actual.map((result, step) => {
    const method = step === 0 ? undefined : signature.methods.find((m) => m.name === operations[step]);
    return method ? answerAsData(stepType(method), result) : result;
  });
}

/**
 * A class case whose last step must throw: an earlier step that throws is a runtime error, as in any
 * case; the last must throw (with the message, when one is given), and the steps before it return
 * what `expected` holds for them.
 */
function judgeClassThrow(context: OutcomeContext, base: Pick<CaseResult, 'id' | 'kind' | 'seed'>, timeMs: number, testCase: Case, outcome: Extract<RunOutcome, { kind: 'threw' }>, hidden: boolean): CaseResult {
  const signature = context.problem.signature as ClassSignature;
  const last = lastStep(testCase);
  if (outcome.step !== last) {
    const where = hidden ? '' : `at step ${outcome.step} (${stepCall(signature, testCase, outcome.step ?? 0)}): `;
    const only = hidden ? '' : `; only the last step, ${last} (${stepCall(signature, testCase, last)}), should throw`;
    return { ...base, verdict: 'RE', timeMs, message: `${where}${describeError(outcome.error, context, hidden)}${only}` };
  }
  const thrown = judgeExpectedError(base, timeMs, testCase.error!, outcome.error, hidden);
  if (thrown.verdict !== 'AC' || !Array.isArray(testCase.expected)) return thrown;
  const checker = testCase.checker ?? context.problem.meta.checker ?? { kind: 'exact' };
  const steps = judgeSteps(signature, testCase, outcome.results ?? [], checker, hidden, last);
  return steps.ok ? thrown : { ...base, verdict: 'WA', timeMs, message: steps.message };
}

function lastStep(testCase: Case): number {
  return (testCase.input.operations as unknown[]).length - 1;
}

/** `get(3)`; step 0 is the constructor. */
/** A step as the solver would write the call, its bigint arguments as bigints (`put(5n)`), not the digits of the case file. */
function stepCall(signature: Signature, testCase: Case, step: number): string {
  const operation = String((testCase.input.operations as unknown[])[step]);
  const params = signature.kind !== 'class' ? [] : step === 0 ? signature.constructorParams : (signature.methods.find((m) => m.name === operation)?.params ?? []);
  const args = ((testCase.input.arguments as unknown[][])[step] ?? []).map((arg, i) => compactJson(params[i] ? withBigints(params[i].type, arg) : arg, 60));
  return `${step === 0 ? 'new ' : ''}${operation}(${args.join(', ')})`;
}

function judgeExpectedError(base: Pick<CaseResult, 'id' | 'kind' | 'seed'>, timeMs: number, expected: { message?: string }, thrown: ThrownError, hidden: boolean): CaseResult {
  if (expected.message === undefined || expected.message === thrown.message) return { ...base, verdict: 'AC', timeMs };
  const message = hidden ? 'threw, but not with the expected message' : `threw ${JSON.stringify(thrown.message)}, expected the message ${JSON.stringify(expected.message)}`;
  return { ...base, verdict: 'WA', timeMs, message };
}

/**
 * A hidden case's error message, kind and stack may all carry data the solution read from
 * the hidden input, so only whether it was a stack overflow is said there.
 */
function describeError(error: ThrownError, context: OutcomeContext, hidden: boolean): string {
  const overflow = error.name === 'RangeError' && /call stack size/i.test(error.message);
  if (hidden) return overflow ? HIDDEN.stackOverflow : HIDDEN.threw;
  if (overflow) return `stack overflow (${error.message})`;
  const location = solutionLocation(error.stack, context);
  const where = location ? ` at ${location}` : '';
  const label = BUILTIN_ERRORS.has(error.name) ? `${error.name}: ${error.message}` : error.message;
  return `${label}${where}${refusal(error)}`;
}

/**
 * Why a call failed when the sandbox refused it: Node's permission model says only "Access to this API
 * has been restricted", and the harness's lockdown "not available to solutions". A computed
 * `import(name)` passes the source rules (source-rules.ts), so this is where such a solution learns the rule.
 */
function refusal(error: ThrownError): string {
  const refused = error.code === 'ERR_ACCESS_DENIED' || error.message === 'not available to solutions';
  return refused ? ' (the sandbox refused it: the judge runs solutions without file, network or process access)' : '';
}

/** `solutions/x.ts:12:7`: the first frame of the stack that is in the solution's own file. */
export function solutionLocation(stack: string | undefined, context: Pick<OutcomeContext, 'solutionFile' | 'solutionLabel'>): string | null {
  if (!stack) return null;
  const file = context.solutionFile;
  for (const line of stack.split('\n')) {
    const at = line.indexOf(file);
    if (at === -1) continue;
    const match = /^:(\d+):(\d+)/.exec(line.slice(at + file.length));
    if (match) return `${context.solutionLabel}:${match[1]}:${match[2]}`;
  }
  return null;
}

export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
