/** Finding the workspace and reading problem packages, validated against the schemas. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { KataError } from '../util/errors.ts';
import { closestMatches, lineAndColumn } from '../util/text.ts';
import { JsonSyntaxError, parseExactJson } from './infer.ts';
import { caseProblem, type Case, type CaseKind } from './cases.ts';
import { CaseListSchema, HiddenListSchema, ProblemSchema, type CaseJson, type GeneratedCaseJson, type ProblemJson } from './schema.ts';
import { parseSignature, type Signature } from './signature.ts';
import { PROBLEM_FILES, problemDir } from './files.ts';

export type { Case, CaseKind } from './cases.ts';

export interface Problem {
  slug: string;
  dir: string;
  meta: ProblemJson;
  signature: Signature;
  examples: Case[];
}

export { findWorkspace } from './workspace.ts';
export { listSlugs, PROBLEM_FILES, problemDir } from './files.ts';

export function loadProblem(root: string, slug: string): Problem {
  const dir = problemDir(root, slug);
  const meta = readJson(root, join(dir, PROBLEM_FILES.meta), ProblemSchema);
  const signature = parseSignature(meta.signature);
  const examples = loadCases(root, dir, signature, 'example');
  return { slug, dir, meta, signature, examples };
}

export function loadHiddenCases(root: string, problem: Problem): Case[] {
  if (!existsSync(join(problem.dir, PROBLEM_FILES.hidden))) return [];
  return loadCases(root, problem.dir, problem.signature, 'hidden');
}

export function loadStatement(problem: Problem): string {
  const file = join(problem.dir, PROBLEM_FILES.statement);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function loadCases(root: string, dir: string, signature: Signature, kind: CaseKind): Case[] {
  const file = join(dir, kind === 'example' ? PROBLEM_FILES.examples : PROBLEM_FILES.hidden);
  const raw: (CaseJson | GeneratedCaseJson)[] = kind === 'example' ? readJson(root, file, CaseListSchema) : readJson(root, file, HiddenListSchema);
  return raw.map((json, index) => {
    if (!('generate' in json)) {
      const problem = caseProblem(signature, json);
      if (problem) throw new KataError('BAD_PACKAGE', `${relative(root, file)}: case ${index + 1}: ${problem}`, 'fix the case so that it matches the signature in problem.json');
    }
    return toCase(json, `${kind}-${index + 1}`, kind);
  });
}

/** A case as the judge takes it, from a case file's entry that has been checked. */
export function toCase(json: CaseJson | GeneratedCaseJson, id: string, kind: CaseKind): Case {
  if ('generate' in json) {
    return { id, kind, input: {}, generate: json.generate, ...(json.checker !== undefined && { checker: json.checker }) };
  }
  return {
    id,
    kind,
    input: json.input,
    ...(json.expected !== undefined && { expected: json.expected }),
    ...(json.error !== undefined && { error: json.error }),
    ...(json.checker !== undefined && { checker: json.checker }),
    ...(json.explanation !== undefined && { explanation: json.explanation }),
  };
}

/** Reads and validates a JSON file; every error names the file and the field. */
export function readJson<S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> {
  const shown = relative(root, file) || file;
  const data = readJsonData(root, file);
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new KataError('BAD_PACKAGE', `${shown} does not match the package format:\n${schemaIssues(result.error.issues, data).join('\n')}`, 'fix the fields named above; "Problem packages" in the README describes each one');
  }
  return result.data;
}

/** A JSON file's data, before any schema: a syntax error names the file, the line and the column, and shows the line. */
export function readJsonData(root: string, file: string): unknown {
  const shown = relative(root, file) || file;
  if (!existsSync(file)) {
    throw new KataError('BAD_PACKAGE', `${shown} is missing`, 'every problem package needs it; see "Problem packages" in the README');
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    // A folder in its place, a file kata may not read: the package's problem, not kata's.
    throw new KataError('BAD_PACKAGE', `${shown} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'it must be a readable file; see "Problem packages" in the README');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new KataError('BAD_PACKAGE', `${shown} is not valid JSON: ${syntaxErrorAt(text, (error as Error).message)}`, 'fix the syntax, then run the command again');
  }
}

/**
 * Where JSON.parse gave up, as a person reads it: `unexpected "}" at line 5, column 9`, then the line
 * with a caret under the column. Node 20's message says no position, so the text is read again by a
 * parser that knows where it stopped.
 */
function syntaxErrorAt(text: string, fallback: string): string {
  try {
    parseExactJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) return fallback;
    const { line, column } = lineAndColumn(text, error.position);
    const source = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '').replace(/\t/g, ' ');
    const gutter = `${line} | `;
    return `${error.message} at line ${line}, column ${column}\n    ${gutter}${source}\n    ${' '.repeat(gutter.length + column - 1)}^`;
  }
  return fallback;
}

/** At most this many schema issues are listed for one file. */
const SHOWN_ISSUES = 20;

/**
 * One line per schema issue: `  limits.timeMs: Too small...`. A misspelt key is named as unknown together
 * with the field it was likely meant to be, when that field is missing (`targt` for `target`), and a
 * value outside an enum gets the closest allowed value (`"unorderd"`: did you mean "unordered"?).
 */
export function schemaIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  const caseList = Array.isArray(data);
  const isMissing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined;
  // A missing field that an unknown key beside it was likely meant to be is said with that key, once.
  const meantFor = new Map<string, string>();
  const absorbed = new Set<z.core.$ZodIssue>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const siblings = issues.filter((other) => isMissing(other) && samePath(other.path.slice(0, -1), issue.path));
    for (const key of issue.keys) {
      const meant = closestMatches(key, siblings.map((other) => String(other.path.at(-1))), 1)[0];
      if (meant === undefined) continue;
      meantFor.set(key, meant);
      siblings.filter((other) => other.path.at(-1) === meant).forEach((other) => absorbed.add(other));
    }
  }
  const lines: string[] = [];
  for (const issue of issues) {
    if (absorbed.has(issue)) continue;
    if (issue.code !== 'unrecognized_keys') {
      lines.push(`  ${issuePath(issue.path, caseList)}: ${isMissing(issue) ? 'missing' : issue.message}${enumSuggestion(issue, data)}`);
      continue;
    }
    for (const key of issue.keys) {
      const where = issuePath([...issue.path, key], caseList);
      const meant = meantFor.get(key);
      if (meant !== undefined) lines.push(`  ${where}: unknown field, and "${meant}" is missing (did you mean "${meant}" for "${key}"?)`);
      else lines.push(`  ${where}: unknown field${closestMatches(key, FIELD_NAMES, 1).map((match) => ` (did you mean "${match}" for "${key}"?)`).join('')}`);
    }
  }
  return lines.length > SHOWN_ISSUES ? [...lines.slice(0, SHOWN_ISSUES), `  and ${lines.length - SHOWN_ISSUES} more`] : lines;
}

function enumSuggestion(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code !== 'invalid_value') return '';
  const given = valueAt(data, issue.path);
  if (typeof given !== 'string') return '';
  const options = issue.values.filter((value): value is string => typeof value === 'string');
  const meant = closestMatches(given, options, 1)[0];
  return meant === undefined ? '' : ` (did you mean "${meant}" for "${given}"?)`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function samePath(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Every field name of the package files, for "did you mean" on a misspelt one that is not also missing. */
const FIELD_NAMES = [
  ...['formatVersion', 'title', 'difficulty', 'tags', 'limits', 'timeMs', 'memoryMb', 'referenceMultiple', 'minMs', 'maxMs', 'signature', 'checker', 'bounds'],
  ...['function', 'params', 'name', 'type', 'nodeOf', 'returns', 'output', 'class', 'constructor', 'methods', 'kind', 'abs', 'rel'],
  ...['input', 'expected', 'error', 'message', 'explanation', 'note', 'generate', 'seed', 'size'],
  ...['value', 'length', 'chars', 'distinct', 'order', 'each'],
];

/** `signature.params.1.type`; in a case list, `case 3: expected` (cases count from 1, as everywhere). */
function issuePath(path: readonly PropertyKey[], caseList: boolean): string {
  if (path.length === 0) return '(top level)';
  if (caseList && typeof path[0] === 'number') {
    const rest = path.slice(1).map(String).join('.');
    return `case ${path[0] + 1}${rest ? `: ${rest}` : ''}`;
  }
  return path.map(String).join('.');
}
