/**
 * One input of `kata stress`, judged: the reference answers it, then the solution's answer is judged
 * against that with the problem's checker, exactly as an example is. Each side keeps one warm sandbox
 * across inputs (a new one only after its process died), so a run costs two calls, not two processes.
 *
 * An input is discarded, not judged, when it breaks the package's bounds or validator.ts, or when the
 * reference will not answer it: derived inputs may break a rule of the statement that nothing in the
 * package says. A class sequence is cut before the first call the reference refuses instead, since
 * such calls (pop on an empty stack) are the usual way a random sequence breaks the rules.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { boundViolations } from '../../problem/bounds.ts';
import { caseProblem } from '../../problem/cases.ts';
import { loadHiddenCases, PROBLEM_FILES, type Case, type Problem } from '../../problem/load.ts';
import { stepType, type ClassSignature } from '../../problem/signature.ts';
import { checkValue } from '../../problem/values.ts';
import { KataError } from '../../util/errors.ts';
import { loadCustomChecker } from '../checker.ts';
import { compileSolution, prepareRuntime, type Runtime } from '../compile.ts';
import { loadValidator, VALIDATOR_FILE, type InputValidator } from '../inputs.ts';
import { caseSeed, cleanResult, describeLoadFailure, judgeSafely, MIN_LOAD_LIMIT_MS, relabel, type JudgeRequest } from '../judge.ts';
import type { OutcomeContext } from '../outcome.ts';
import { Sandbox, type RunOutcome } from '../sandbox.ts';
import { checkReplyShape } from '../shape.ts';
import { argumentPayload, callSpec } from '../spec.ts';
import type { CaseResult, Verdict } from '../verdict.ts';
import { timeLimitFor } from '../calibrate.ts';

export type Trial =
  | { kind: 'discarded'; reason: string }
  | { kind: 'agreed'; testCase: Case }
  | { kind: 'failed'; testCase: Case; result: CaseResult };

export interface OracleRequest {
  problem: Problem;
  solutionFile: string;
  solutionLabel: string;
  cacheDir: string;
}

/** The solution did not load: nothing can be stressed, and this is its verdict. */
export interface Unloadable {
  verdict: Verdict;
  message: string;
}

const CASE_ID = 'stress';

export class Oracle {
  private reference: Sandbox | null = null;
  private solution: Sandbox | null = null;
  private readonly seed: number;

  private constructor(
    private readonly problem: Problem,
    private readonly runtime: Runtime,
    private readonly files: { reference: string; solution: string },
    private readonly context: OutcomeContext,
    private readonly validate: InputValidator | null,
    /** Whether the package's own cases include calls that must throw: then a throw of the reference is an answer. */
    private readonly throwsAreAnswers: boolean,
  ) {
    this.seed = caseSeed(problem.slug, CASE_ID);
  }

  /** Compiles and loads both sides; a broken package is a KataError, a solution that does not load its verdict. */
  static async open(request: OracleRequest): Promise<Oracle | Unloadable> {
    const { problem, cacheDir } = request;
    const runtime = prepareRuntime(cacheDir);
    const shown = `problems/${problem.slug}/${PROBLEM_FILES.reference}`;
    const reference = await compileSolution(cacheDir, join(problem.dir, PROBLEM_FILES.reference), runtime.structures);
    if (!reference.ok) throw new KataError('BAD_PACKAGE', `${shown} does not compile: ${reference.message}`, 'fix the reference solution');
    const judgeRequest: JudgeRequest = { ...request, cases: [] };
    const solution = await compileSolution(cacheDir, request.solutionFile, runtime.structures);
    if (!solution.ok) return { verdict: 'CE', message: relabel(solution.message, judgeRequest) };
    const usesCustom = problem.meta.checker?.kind === 'custom';
    const context: OutcomeContext = {
      problem,
      solutionFile: request.solutionFile,
      solutionLabel: request.solutionLabel,
      timeLimitMs: await timeLimitFor(problem, cacheDir),
      ...(usesCustom && { customCheck: await loadCustomChecker(problem, cacheDir, runtime.structures) }),
    };
    const validate = existsSync(join(problem.dir, VALIDATOR_FILE)) ? await loadValidator(problem, cacheDir) : null;
    const root = join(problem.dir, '..', '..');
    const throwsAreAnswers = [...problem.examples, ...loadHiddenCases(root, problem)].some((testCase) => testCase.error !== undefined);
    const oracle = new Oracle(problem, runtime, { reference: reference.file, solution: solution.file }, context, validate, throwsAreAnswers);
    const referenceLoad = await oracle.sandbox('reference');
    if (referenceLoad !== null) {
      await oracle.close();
      throw new KataError('BAD_PACKAGE', referenceLoad.message, `run kata judge ${problem.slug} --solution ${shown} to see more`);
    }
    const solutionLoad = await oracle.sandbox('solution');
    if (solutionLoad !== null) {
      await oracle.close();
      return solutionLoad;
    }
    return oracle;
  }

  async judge(input: Record<string, unknown>): Promise<Trial> {
    const broken = this.inputProblems(input);
    if (broken) return { kind: 'discarded', reason: broken };
    const answered = await this.answer(input);
    if (answered.kind === 'discarded') return answered;
    const { testCase } = answered;
    const load = await this.sandbox('solution');
    if (load !== null) return { kind: 'failed', testCase, result: { id: CASE_ID, kind: 'example', verdict: load.verdict, timeMs: 0, seed: this.seed, message: load.message } };
    const { limits } = this.problem.meta;
    const outcome = checkReplyShape(this.problem.signature, testCase, await this.solution!.run(argumentPayload(this.problem.signature, testCase), this.seed, this.context.timeLimitMs));
    const result = cleanResult(await judgeSafely(this.context, testCase, outcome, this.seed));
    return result.verdict === 'AC' ? { kind: 'agreed', testCase } : { kind: 'failed', testCase, result };
  }

  async close(): Promise<void> {
    await Promise.all([this.reference?.dispose(), this.solution?.dispose()]);
  }

  /** Bounds, validator.ts and the signature's types: what makes an input one the statement allows. */
  private inputProblems(input: Record<string, unknown>): string | null {
    const typeProblem = caseProblem(this.problem.signature, { input, error: {} });
    if (typeProblem) return `not of the signature's types (${typeProblem})`;
    const violations = boundViolations(this.problem.signature, this.problem.meta.bounds ?? {}, input);
    if (violations.length > 0) return `outside the bounds (${violations[0]})`;
    if (!this.validate) return null;
    let verdict: ReturnType<InputValidator>;
    try {
      verdict = this.validate(structuredClone(input));
    } catch (error) {
      return `rejected by ${VALIDATOR_FILE} (${(error as Error)?.message ?? String(error)})`;
    }
    if (verdict === undefined || verdict === true || verdict === '' || (Array.isArray(verdict) && verdict.length === 0)) return null;
    return `rejected by ${VALIDATOR_FILE}${typeof verdict === 'string' ? ` (${verdict})` : ''}`;
  }

  /** The reference's answer, as a case; or why the input is discarded. */
  private async answer(input: Record<string, unknown>): Promise<{ kind: 'answered'; testCase: Case } | { kind: 'discarded'; reason: string }> {
    const outcome = await this.runReference(input);
    const make = (fields: Partial<Case>): { kind: 'answered'; testCase: Case } => ({ kind: 'answered', testCase: { id: CASE_ID, kind: 'example', input, ...fields } });
    const isClass = this.problem.signature.kind === 'class';
    switch (outcome.kind) {
      case 'returned': {
        if (!isClass) return caseProblem(this.problem.signature, { input, expected: outcome.value }) ? { kind: 'discarded', reason: "the reference's answer is not of the return type" } : make({ expected: outcome.value });
        // A step that answered what its method cannot return (undefined from getMin() on an empty stack) was a call the reference refuses.
        const results = outcome.value as unknown[];
        const bad = firstUntypedStep(this.problem.signature as ClassSignature, input, results);
        return bad === null ? make({ expected: results }) : { kind: 'answered', testCase: { id: CASE_ID, kind: 'example', input: prefix(input, bad), expected: results.slice(0, bad) } };
      }
      case 'threw': {
        if (!isClass) return this.throwsAreAnswers ? make({ error: {} }) : { kind: 'discarded', reason: `the reference threw (${outcome.error.message})` };
        const step = outcome.step ?? 0;
        if (step === 0) return { kind: 'discarded', reason: `the reference's constructor threw (${outcome.error.message})` };
        // The steps before the throw are a sequence the reference accepts, with their results.
        if (this.throwsAreAnswers) return { kind: 'answered', testCase: { id: CASE_ID, kind: 'example', input: prefix(input, step + 1), expected: outcome.results ?? [], error: {} } };
        return { kind: 'answered', testCase: { id: CASE_ID, kind: 'example', input: prefix(input, step), expected: outcome.results ?? [] } };
      }
      case 'bad-answer':
        return isClass ? this.longestAnsweredPrefix(input) : { kind: 'discarded', reason: `the reference's answer is not data (${outcome.reason})` };
      default:
        return { kind: 'discarded', reason: `the reference got ${outcome.kind === 'timeout' ? 'TLE' : outcome.kind === 'memory' ? 'MLE' : 'a crash'}` };
    }
  }

  /** A step returned what is not data (undefined from top() on an empty stack): keep the longest prefix it answers. */
  private async longestAnsweredPrefix(input: Record<string, unknown>): Promise<{ kind: 'answered'; testCase: Case } | { kind: 'discarded'; reason: string }> {
    let low = 1; // the constructor alone; checked below
    let high = (input.operations as unknown[]).length - 1; // the whole sequence failed
    let best: Case | null = null;
    while (low <= high) {
      const length = Math.floor((low + high) / 2);
      const candidate = prefix(input, length);
      const outcome = await this.runReference(candidate);
      if (outcome.kind === 'returned') {
        best = { id: CASE_ID, kind: 'example', input: candidate, expected: outcome.value };
        low = length + 1;
      } else high = length - 1;
    }
    return best ? { kind: 'answered', testCase: best } : { kind: 'discarded', reason: "the reference's answer is not data" };
  }

  private async runReference(input: Record<string, unknown>): Promise<RunOutcome> {
    const load = await this.sandbox('reference');
    if (load !== null) throw new KataError('BAD_PACKAGE', load.message, `run kata validate ${this.problem.slug}`);
    const testCase: Case = { id: CASE_ID, kind: 'example', input };
    const { limits } = this.problem.meta;
    return checkReplyShape(this.problem.signature, testCase, await this.reference!.run(argumentPayload(this.problem.signature, testCase), this.seed, this.context.timeLimitMs));
  }

  /** A live, loaded sandbox for one side: null when it is ready, else why it did not load. */
  private async sandbox(side: 'reference' | 'solution'): Promise<Unloadable | null> {
    const current = side === 'reference' ? this.reference : this.solution;
    if (current?.alive) return null;
    const { limits } = this.problem.meta;
    const sandbox = new Sandbox({ runtime: this.runtime, solutionFile: this.files[side], call: callSpec(this.problem.signature), memoryMb: limits.memoryMb });
    if (side === 'reference') this.reference = sandbox;
    else this.solution = sandbox;
    const loaded = await sandbox.load(Math.max(this.context.timeLimitMs, MIN_LOAD_LIMIT_MS));
    if (loaded.kind === 'ready') return null;
    await sandbox.dispose();
    const named =
      side === 'solution'
        ? { solutionFile: this.context.solutionFile, solutionLabel: this.context.solutionLabel }
        : { solutionFile: join(this.problem.dir, PROBLEM_FILES.reference), solutionLabel: `problems/${this.problem.slug}/${PROBLEM_FILES.reference}` };
    return describeLoadFailure(loaded, { problem: this.problem, cases: [], cacheDir: '', ...named });
  }
}

/** The first step (after the constructor) whose result is not of its method's return type, or null. */
function firstUntypedStep(signature: ClassSignature, input: Record<string, unknown>, results: readonly unknown[]): number | null {
  const operations = input.operations as string[];
  for (let step = 1; step < operations.length; step++) {
    const method = signature.methods.find((m) => m.name === operations[step])!;
    if (checkValue(stepType(method), results[step], '')) return step;
  }
  return null;
}

/** The first `steps` operations of a class input (the constructor is step 0). */
function prefix(input: Record<string, unknown>, steps: number): Record<string, unknown> {
  return { operations: (input.operations as unknown[]).slice(0, steps), arguments: (input.arguments as unknown[]).slice(0, steps) };
}
