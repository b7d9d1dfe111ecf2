/**
 * Custom checkers: a package's checker.ts exports `check(input, expected, actual)`
 * for problems with many right answers. It is the author's code, so it runs in
 * the judge's process, after the solution's answer has been turned into data.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem } from '../problem/load.ts';
import { KataError } from '../util/errors.ts';
import { compileSolution } from './compile.ts';
import { importModule } from '../util/import-module.ts';

export interface CheckerVerdict {
  verdict: 'AC' | 'WA';
  message?: string;
}

export type CustomCheck = (input: Record<string, unknown>, expected: unknown, actual: unknown) => CheckerVerdict | boolean | Promise<CheckerVerdict | boolean>;

const CHECKER_FILE = 'checker.ts';

export async function loadCustomChecker(problem: Problem, cacheDir: string, structuresFile: string): Promise<CustomCheck> {
  const file = join(problem.dir, CHECKER_FILE);
  const shown = `problems/${problem.slug}/${CHECKER_FILE}`;
  if (!existsSync(file)) throw new KataError('BAD_PACKAGE', `${shown} is missing, but problem.json asks for a custom checker`, 'write checker.ts exporting check(input, expected, actual), or use another checker kind');
  const compiled = await compileSolution(cacheDir, file, structuresFile);
  if (!compiled.ok) throw new KataError('BAD_PACKAGE', `${shown} does not compile: ${compiled.message}`, 'fix the checker, then run kata validate');
  const module = (await importModule(pathToFileURL(compiled.file).href)) as { check?: unknown };
  if (typeof module.check !== 'function') throw new KataError('BAD_PACKAGE', `${shown} does not export a function named "check"`, 'export function check(input, expected, actual) returning { verdict, message }');
  return module.check as CustomCheck;
}

/** Runs the checker; a checker that throws or answers nonsense is a broken package, named as such. */
export async function runCustomCheck(check: CustomCheck, problem: Problem, input: Record<string, unknown>, expected: unknown, actual: unknown): Promise<CheckerVerdict> {
  let result: CheckerVerdict | boolean;
  try {
    result = await check(structuredClone(input), structuredClone(expected), actual);
  } catch (error) {
    throw new KataError('BAD_PACKAGE', `problems/${problem.slug}/${CHECKER_FILE} threw: ${(error as Error)?.message ?? String(error)}`, 'fix the checker; kata validate runs it on every case');
  }
  if (typeof result === 'boolean') return { verdict: result ? 'AC' : 'WA' };
  if (result && (result.verdict === 'AC' || result.verdict === 'WA')) return result;
  throw new KataError('BAD_PACKAGE', `problems/${problem.slug}/${CHECKER_FILE} returned neither a boolean nor { verdict: "AC" | "WA" }`, 'return { verdict, message } from check()');
}
