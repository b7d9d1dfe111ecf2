/**
 * The input checks of `kata validate`: every stored and generated case against
 * the bounds of problem.json and the package's own validator.ts (for rules that
 * bounds cannot say, such as "the graph is connected"), and whether some case
 * reaches each maximum length the bounds allow.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boundedSizes, boundViolations, CALLS_KEY, maximumLengths } from '../problem/bounds.ts';
import type { Finding } from '../problem/lint.ts';
import { PROBLEM_FILES, type Case, type Problem } from '../problem/load.ts';
import { KataError } from '../util/errors.ts';
import { compileSolution, prepareRuntime } from './compile.ts';
import { GENERATOR_FILE } from '../problem/files.ts';
import { everyOne, plural } from '../util/text.ts';
import { importModule } from '../util/import-module.ts';

export const VALIDATOR_FILE = 'validator.ts';

/** What validator.ts exports: nothing (or true) for a valid input, else what is wrong with it. */
export type InputValidator = (input: Record<string, unknown>) => string | readonly string[] | boolean | undefined | void;

const SHOWN_PER_FILE = 8;

/**
 * `declared` are the cases as written (generator runs still unmade), `made` the
 * same cases with every generator run made: the findings name where each came from.
 */
export async function checkInputs(problem: Problem, declared: readonly Case[], made: readonly Case[], cacheDir: string, add: (finding: Finding) => void): Promise<void> {
  const bounds = problem.meta.bounds ?? {};
  const validate = existsSync(join(problem.dir, VALIDATOR_FILE)) ? await loadValidator(problem, cacheDir) : null;
  if (Object.keys(bounds).length === 0 && !validate) return;
  const origins = new Map(declared.map((testCase) => [testCase.id, testCase.generate]));
  const byFile = new Map<string, string[]>();
  const largest = new Map<string, number>();
  for (const testCase of made) {
    const problems = boundViolations(problem.signature, bounds, testCase.input);
    if (validate) problems.push(...runValidator(validate, testCase));
    for (const [key, size] of boundedSizes(problem.signature, bounds, testCase.input)) largest.set(key, Math.max(size, largest.get(key) ?? 0));
    if (problems.length === 0) continue;
    const generated = origins.get(testCase.id);
    const file = generated ? GENERATOR_FILE : testCase.kind === 'example' ? PROBLEM_FILES.examples : PROBLEM_FILES.hidden;
    const where = generated ? `${testCase.id} (seed ${generated.seed}, size ${generated.size})` : `case ${testCase.id.split('-').pop()}`;
    const list = byFile.get(file) ?? [];
    list.push(...problems.map((text) => `${where}: ${text}`));
    byFile.set(file, list);
  }
  for (const [file, problems] of byFile) {
    for (const message of problems.slice(0, SHOWN_PER_FILE)) add({ level: 'error', file, message: `${message}: the statement's constraints rule this input out` });
    if (problems.length > SHOWN_PER_FILE) add({ level: 'error', file, message: `and ${problems.length - SHOWN_PER_FILE} more ${plural(problems.length - SHOWN_PER_FILE, 'case')} outside the bounds` });
  }
  const short = reportMaximums(bounds, largest, add);
  if (byFile.size === 0 && !short) {
    const what = [Object.keys(bounds).length > 0 && 'bounds', validate && VALIDATOR_FILE].filter(Boolean).join(' and ');
    add({ level: 'ok', file: '', message: `${everyOne(made.length, 'case')} ${plural(made.length, 'is', 'are')} within the ${what}` });
  }
}

/** A warning for each length bound that no case reaches: the judge would never try the largest input. */
function reportMaximums(bounds: NonNullable<Problem['meta']['bounds']>, largest: Map<string, number>, add: (finding: Finding) => void): boolean {
  let short = false;
  for (const [key, max] of maximumLengths(bounds)) {
    const reached = largest.get(key) ?? 0;
    if (reached >= max) continue;
    short = true;
    const what = key === CALLS_KEY ? 'the number of calls' : `the length of ${describeKey(key)}`;
    add({ level: 'warning', file: PROBLEM_FILES.hidden, message: `no case reaches the maximum of ${what}, ${max} (the largest is ${reached}): add a case of that size, stored or generated` });
  }
  return short;
}

/** `grid.each.each` as "the elements of the elements of grid". */
function describeKey(key: string): string {
  const [name, ...eaches] = key.split('.each');
  return `${'the elements of '.repeat(eaches.length)}${name}`;
}

export async function loadValidator(problem: Problem, cacheDir: string): Promise<InputValidator> {
  const shown = `problems/${problem.slug}/${VALIDATOR_FILE}`;
  const compiled = await compileSolution(cacheDir, join(problem.dir, VALIDATOR_FILE), prepareRuntime(cacheDir).structures);
  if (!compiled.ok) throw new KataError('BAD_PACKAGE', `${shown} does not compile: ${compiled.message}`, 'fix the validator, then run kata validate');
  const module = (await importModule(pathToFileURL(compiled.file).href)) as { validate?: unknown };
  if (typeof module.validate !== 'function') throw new KataError('BAD_PACKAGE', `${shown} does not export a function named "validate"`, 'export function validate(input) returning nothing for a valid input, or what is wrong with it');
  return module.validate as InputValidator;
}

/** The validator is the author's code, so it runs here; what it throws is a finding, not a crash. */
function runValidator(validate: InputValidator, testCase: Case): string[] {
  let result: ReturnType<InputValidator>;
  try {
    result = validate(structuredClone(testCase.input));
  } catch (error) {
    return [`${VALIDATOR_FILE} rejects it: ${(error as Error)?.message ?? String(error)}`];
  }
  if (result === undefined || result === true) return [];
  if (result === false) return [`${VALIDATOR_FILE} rejects it`];
  const texts = typeof result === 'string' ? [result] : Array.isArray(result) ? result.map(String) : [`${VALIDATOR_FILE} returned ${typeof result}, not a message`];
  return texts.filter((text) => text !== '').map((text) => `${VALIDATOR_FILE}: ${text}`);
}
