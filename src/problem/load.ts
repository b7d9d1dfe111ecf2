/** Finding the workspace and reading problem packages, validated against the schemas. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { KataError } from '../util/errors.ts';
import { closestMatches, lineAndColumn } from '../util/text.ts';
import { caseProblem, type Case, type CaseKind } from './cases.ts';
import { CaseListSchema, HiddenListSchema, ProblemSchema, type CaseJson, type GeneratedCaseJson, type ProblemJson } from './schema.ts';
import { parseSignature, type Signature } from './signature.ts';

export type { Case, CaseKind } from './cases.ts';

export interface Problem {
  slug: string;
  dir: string;
  meta: ProblemJson;
  signature: Signature;
  examples: Case[];
}

export const PROBLEM_FILES = {
  meta: 'problem.json',
  statement: 'statement.md',
  examples: 'examples.json',
  hidden: 'hidden.json',
  reference: 'reference.ts',
} as const;

export { findWorkspace } from './workspace.ts';

export function listSlugs(root: string): string[] {
  const problemsDir = join(root, 'problems');
  return readdirSync(problemsDir)
    .filter((name) => existsSync(join(problemsDir, name, PROBLEM_FILES.meta)))
    .sort();
}

export function problemDir(root: string, slug: string): string {
  const slugs = listSlugs(root);
  if (!slugs.includes(slug)) {
    const suggestions = closestMatches(slug, slugs);
    throw new KataError(
      'UNKNOWN_PROBLEM',
      `unknown problem "${slug}"`,
      suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? (kata list shows all)` : 'kata list shows all problems',
    );
  }
  return join(root, 'problems', slug);
}

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
    const id = `${kind}-${index + 1}`;
    if ('generate' in json) {
      return { id, kind, input: {}, generate: json.generate, ...(json.checker !== undefined && { checker: json.checker }) };
    }
    const problem = caseProblem(signature, json);
    if (problem) {
      throw new KataError('BAD_PACKAGE', `${relative(root, file)}: case ${index + 1}: ${problem}`, 'fix the case so that it matches the signature in problem.json');
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
  });
}

/** Reads and validates a JSON file; every error names the file and the field. */
export function readJson<S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> {
  const shown = relative(root, file) || file;
  if (!existsSync(file)) {
    throw new KataError('BAD_PACKAGE', `${shown} is missing`, 'every problem package needs it; see "Problem packages" in the README');
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KataError('BAD_PACKAGE', `${shown} is not valid JSON: ${withLineAndColumn((error as Error).message, readFileSync(file, 'utf8'))}`, 'fix the syntax, then run the command again');
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 5).map((issue) => `  ${issuePath(issue.path, Array.isArray(data))}: ${issue.message}${keySuggestion(issue)}`);
    throw new KataError('BAD_PACKAGE', `${shown} does not match the package format:\n${issues.join('\n')}`, 'fix the fields named above; "Problem packages" in the README describes each one');
  }
  return result.data;
}

/** Every field name of the package files, for "did you mean" on a misspelt one. */
const FIELD_NAMES = [
  ...['formatVersion', 'title', 'difficulty', 'tags', 'limits', 'timeMs', 'memoryMb', 'referenceMultiple', 'minMs', 'maxMs', 'signature', 'checker'],
  ...['function', 'params', 'name', 'type', 'nodeOf', 'returns', 'output', 'class', 'constructor', 'methods', 'kind', 'abs', 'rel'],
  ...['input', 'expected', 'error', 'message', 'explanation', 'note', 'generate', 'seed', 'size'],
];

function keySuggestion(issue: { code: string; keys?: readonly string[] }): string {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return '';
  const hints = issue.keys.flatMap((key) => closestMatches(key, FIELD_NAMES, 1).map((match) => `"${match}" for "${key}"`));
  return hints.length > 0 ? ` (did you mean ${hints.join(', ')}?)` : '';
}

/** `signature.params.1.type`; in a case list, `case 3: expected` (cases count from 1, as everywhere). */
function issuePath(path: readonly PropertyKey[], caseList: boolean): string {
  if (path.length === 0) return '(top level)';
  if (caseList && typeof path[0] === 'number') {
    const rest = path.slice(1).map(String).join('.');
    return `case ${path[0] + 1}${rest ? `: ${rest}` : ''}`;
  }
  return path.map(String).join('.');
}

/** Node says "at position 84"; people read lines and columns. */
function withLineAndColumn(message: string, text: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const { line, column } = lineAndColumn(text, Number(match[1]));
  return `${message} (line ${line}, column ${column})`;
}
