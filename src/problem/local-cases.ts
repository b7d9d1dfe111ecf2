/**
 * A solver's own cases for a problem, in the workspace at `.kata/cases/<slug>.json`: the failing inputs
 * `kata stress` found, which `kata test` runs after the examples. The file is a list of cases in the
 * format of examples.json, so it can be read, edited or deleted by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../util/fs.ts';
import { KataError } from '../util/errors.ts';
import { caseProblem, type Case } from './cases.ts';
import type { Problem } from './load.ts';
import type { CaseJson } from './schema.ts';
import { sameData } from './values.ts';

export const LOCAL_CASES_DIR = join('.kata', 'cases');

/** `<root>/.kata/cases/<slug>.json` */
export function localCasesFile(root: string, slug: string): string {
  return join(root, LOCAL_CASES_DIR, `${slug}.json`);
}

/** The local cases of a problem as cases `local-1`, `local-2`...; none when there is no file. */
export async function loadLocalCases(root: string, problem: Problem): Promise<Case[]> {
  return (await readLocalCases(root, problem)).map((json, index) => ({
    id: `local-${index + 1}`,
    kind: 'example',
    input: json.input,
    ...(json.expected !== undefined && { expected: json.expected }),
    ...(json.error !== undefined && { error: json.error }),
    ...(json.checker !== undefined && { checker: json.checker }),
    ...(json.explanation !== undefined && { explanation: json.explanation }),
  }));
}

/**
 * Adds a case unless one with the same input is there already. Returns its number (from 1) either way.
 * The file is replaced in one step (a temporary file, then a rename), so an interrupted write never leaves half of it.
 */
export async function appendLocalCase(root: string, problem: Problem, json: CaseJson): Promise<{ file: string; number: number; added: boolean }> {
  const file = localCasesFile(root, problem.slug);
  const cases = await readLocalCases(root, problem);
  const existing = cases.findIndex((known) => sameData(known.input, json.input));
  if (existing !== -1) return { file, number: existing + 1, added: false };
  const problemText = caseProblem(problem.signature, json);
  if (problemText) throw new Error(`a local case for ${problem.slug} does not fit its signature: ${problemText}`);
  cases.push(json);
  writeAtomically(file, `[\n${cases.map((known) => `  ${JSON.stringify(known)}`).join(',\n')}\n]\n`);
  return { file, number: cases.length, added: true };
}

/** The schemas load only when there is a file to check: most runs have none. */
async function readLocalCases(root: string, problem: Problem): Promise<CaseJson[]> {
  const file = localCasesFile(root, problem.slug);
  if (!existsSync(file)) return [];
  const shown = join(LOCAL_CASES_DIR, `${problem.slug}.json`);
  const broken = (why: string) => new KataError('USAGE', `${shown} is broken: ${why}`, `fix it, or delete it to drop the local cases of ${problem.slug} (kata stress ${problem.slug} finds new ones)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw broken(`it is not valid JSON (${(error as Error).message})`);
  }
  const { CaseListSchema } = await import('./schema.ts');
  const parsed = CaseListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, ...rest] = issue.path;
    const where = typeof index === 'number' ? `case ${index + 1}${rest.length > 0 ? `: ${rest.map(String).join('.')}` : ''}` : '(top level)';
    throw broken(`${where}: ${issue.message}`);
  }
  parsed.data.forEach((json, index) => {
    const problemText = caseProblem(problem.signature, json);
    if (problemText) throw broken(`case ${index + 1}: ${problemText} (does it belong to an older version of the problem?)`);
  });
  return parsed.data;
}
