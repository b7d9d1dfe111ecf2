/**
 * Hidden cases declared as generator runs ({ "generate": { "seed", "size" } }):
 * generator.ts makes the inputs from a seeded Random, reference.ts (in the
 * sandbox, under the problem's limits) the expected answers. Both are cached,
 * keyed by the generator's and the reference's content, so a large case is
 * made once per machine and is the same on every machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseProblem } from '../problem/cases.ts';
import { GENERATOR_FILE } from '../problem/files.ts';
import { PROBLEM_FILES, type Case, type Problem } from '../problem/load.ts';
import { ceilingTimeMs } from '../problem/schema.ts';
import { Random, type Generator } from '../problem/random.ts';
import { answerType, stepType, type Signature } from '../problem/signature.ts';
import { answerAsData, checkAnswer } from '../problem/values.ts';
import { KataError } from '../util/errors.ts';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';
import { compileSolution, prepareRuntime } from './compile.ts';
import { writeAtomically } from '../util/fs.ts';
import { Sandbox, type RunOutcome } from './sandbox.ts';
import { argumentPayload, callSpec } from './spec.ts';
import { caseSeed, MIN_LOAD_LIMIT_MS } from './judge.ts';
import { importModule } from '../util/import-module.ts';

interface Generated {
  input: Record<string, unknown>;
  expected: unknown;
}

/** The cases with every generator run replaced by the case it makes. */
export async function materializeCases(problem: Problem, cases: readonly Case[], cacheDir: string): Promise<Case[]> {
  const pending = cases.filter((testCase) => testCase.generate !== undefined);
  if (pending.length === 0) return [...cases];
  const key = packageKey(problem, cacheDir);
  const made = new Map<string, Generated>();
  const missing: { testCase: Case; file: string; input: Record<string, unknown> }[] = [];
  let generate: Generator | null = null;
  for (const testCase of pending) {
    const { seed, size } = testCase.generate!;
    const file = join(cacheDir, 'generated', problem.slug, `${key}-${seed}-${size}.json`);
    if (existsSync(file)) {
      made.set(testCase.id, JSON.parse(readFileSync(file, 'utf8')) as Generated);
      continue;
    }
    generate ??= await loadGenerator(problem, cacheDir);
    missing.push({ testCase, file, input: runGenerator(problem, generate, testCase) });
  }
  const answers = await referenceAnswers(problem, missing.map((m) => ({ ...m.testCase, input: m.input })), cacheDir);
  missing.forEach((m, i) => {
    const generated = { input: m.input, expected: answers[i] };
    writeAtomically(m.file, JSON.stringify(generated));
    made.set(m.testCase.id, generated);
  });
  return cases.map((testCase) => {
    const generated = made.get(testCase.id);
    if (!generated) return testCase;
    const { generate: _, ...rest } = testCase;
    return { ...rest, input: generated.input, expected: generated.expected };
  });
}

function packageKey(problem: Problem, cacheDir: string): string {
  const read = (name: string) => (existsSync(join(problem.dir, name)) ? readFileSync(join(problem.dir, name), 'utf8') : '');
  // The harness version decides how answers are encoded, and random.ts what a seed makes.
  const runtime = relative(cacheDir, prepareRuntime(cacheDir).harness).split(sep)[0]!; // runtime-<hash of its sources>
  return sha256(read(GENERATOR_FILE), '\0', read(PROBLEM_FILES.reference), '\0', JSON.stringify(problem.meta.signature), '\0', randomSourceText(), '\0', runtime).slice(0, 16);
}

function randomSourceText(): string {
  return readFileSync(join(SRC_DIR, 'problem', 'random.ts'), 'utf8');
}

export async function loadGenerator(problem: Problem, cacheDir: string): Promise<Generator> {
  const file = join(problem.dir, GENERATOR_FILE);
  const shown = `problems/${problem.slug}/${GENERATOR_FILE}`;
  if (!existsSync(file)) throw new KataError('BAD_PACKAGE', `${shown} is missing, but hidden.json has generated cases`, 'write generator.ts exporting generate(random, size), or store the cases');
  const runtime = prepareRuntime(cacheDir);
  const compiled = await compileSolution(cacheDir, file, runtime.structures);
  if (!compiled.ok) throw new KataError('BAD_PACKAGE', `${shown} does not compile: ${compiled.message}`, 'fix the generator, then run kata validate');
  const module = (await importModule(pathToFileURL(compiled.file).href)) as { generate?: unknown };
  if (typeof module.generate !== 'function') throw new KataError('BAD_PACKAGE', `${shown} does not export a function named "generate"`, 'export function generate(random: Random, size: number) returning the inputs of one case');
  return module.generate as Generator;
}

/** One generator run, checked against the signature: a case of the wrong type names the generator. */
export function runGenerator(problem: Problem, generate: Generator, testCase: Pick<Case, 'id' | 'generate'>): Record<string, unknown> {
  const { seed, size } = testCase.generate!;
  const where = `problems/${problem.slug}/${GENERATOR_FILE}: ${testCase.id} (seed ${seed}, size ${size})`;
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(JSON.stringify(generate(new Random(seed), size))) as Record<string, unknown>;
  } catch (error) {
    throw new KataError('BAD_PACKAGE', `${where}: the generator threw: ${(error as Error)?.message ?? String(error)}`, 'fix the generator, then run kata validate');
  }
  // Checked as a case that expects an error, so that only the inputs are checked.
  const problemText = caseProblem(problem.signature, { input, error: {} });
  if (problemText) throw new KataError('BAD_PACKAGE', `${where}: ${problemText}`, 'make the generator return the inputs the signature declares');
  return input;
}

/** The reference's answers for these cases, run in the sandbox like any solution. */
async function referenceAnswers(problem: Problem, cases: readonly Case[], cacheDir: string): Promise<unknown[]> {
  if (cases.length === 0) return [];
  const referenceFile = join(problem.dir, PROBLEM_FILES.reference);
  const shown = `problems/${problem.slug}/${PROBLEM_FILES.reference}`;
  const fail = (testCase: Case, what: string) => new KataError('BAD_PACKAGE', `${shown} ${what} on the generated case ${testCase.id}`, 'the reference must answer every generated case; fix it or the generator');
  const runtime = prepareRuntime(cacheDir);
  const compiled = await compileSolution(cacheDir, referenceFile, runtime.structures);
  if (!compiled.ok) throw new KataError('BAD_PACKAGE', `${shown} does not compile: ${compiled.message}`, 'fix the reference solution');
  const { limits } = problem.meta;
  // A calibrated limit is derived from the reference's time on these very cases: its ceiling holds here.
  const timeLimitMs = ceilingTimeMs(limits.timeMs);
  const sandbox = new Sandbox({ runtime, solutionFile: compiled.file, call: callSpec(problem.signature), memoryMb: limits.memoryMb });
  try {
    const loaded = await sandbox.load(Math.max(timeLimitMs, MIN_LOAD_LIMIT_MS));
    if (loaded.kind !== 'ready') {
      const why = loaded.kind === 'load-failed' ? loaded.error.message : loaded.kind === 'crashed' ? loaded.message : loaded.kind === 'timeout' ? 'it did not finish loading in time' : 'it ran out of memory';
      throw new KataError('BAD_PACKAGE', `${shown} does not load: ${why}`, `run kata judge ${problem.slug} --solution ${shown} to see more`);
    }
    const answers: unknown[] = [];
    for (const testCase of cases) {
      const outcome = await sandbox.run(argumentPayload(problem.signature, testCase), caseSeed(problem.slug, testCase.id), timeLimitMs);
      if (outcome.kind !== 'returned') throw fail(testCase, `got ${describeFailure(outcome)}`);
      answers.push(storedAnswer(problem.signature, testCase, outcome.value, (problemText) => fail(testCase, `returned an answer of the wrong type (${problemText})`)));
    }
    return answers;
  } finally {
    await sandbox.dispose();
  }
}

/** The reference's answer as case data (a bigint as its digits), once it has the signature's type. */
function storedAnswer(signature: Signature, testCase: Case, value: unknown, wrongType: (problem: string) => Error): unknown {
  if (signature.kind === 'function') {
    const problem = checkAnswer(answerType(signature), value);
    if (problem) throw wrongType(problem);
    return answerAsData(answerType(signature), value);
  }
  const operations = testCase.input.operations as string[];
  if (!Array.isArray(value)) return value;
  return value.map((result: unknown, step) => {
    const method = step === 0 ? undefined : signature.methods.find((m) => m.name === operations[step]);
    if (!method) return result;
    const problem = checkAnswer(stepType(method), result, `at step ${step}: answer`);
    if (problem) throw wrongType(problem);
    return answerAsData(stepType(method), result);
  });
}

function describeFailure(outcome: Exclude<RunOutcome, { kind: 'returned' }>): string {
  switch (outcome.kind) {
    case 'timeout':
      return 'TLE';
    case 'memory':
      return 'MLE';
    case 'threw':
      return `an error (${outcome.error.name}: ${outcome.error.message})`;
    case 'bad-answer':
      return `an answer that is not data (${outcome.reason})`;
    case 'crashed':
      return `a crash (${outcome.message})`;
  }
}
