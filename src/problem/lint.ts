/**
 * The static checks of `kata validate`: every file of a package against its
 * schema, every case against the signature, the statement and the examples it
 * shows. Each problem found is reported with its file and field or case;
 * checking goes on after the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { isKataError } from '../util/errors.ts';
import { compactJson } from '../util/text.ts';
import { boundsProblems } from './bounds.ts';
import { caseProblem } from './cases.ts';
import { loadProblem, PROBLEM_FILES, problemDir, readJson, type Problem } from './load.ts';
import { CaseListSchema, HiddenListSchema, ProblemSchema, type CaseJson, type CheckerJson, type ProblemJson } from './schema.ts';
import { answerType, parseSignature } from './signature.ts';
import { sameData } from './values.ts';
import type { Type } from './types.ts';
import { innerTypes } from './types.ts';

export type Level = 'ok' | 'warning' | 'error';

export interface Finding {
  level: Level;
  /** The file, relative to the package, or '' for the package as a whole. */
  file: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Set when the package loads well enough for the checks that run solutions. */
  problem?: Problem;
}

const ABSURD_TOLERANCE = 1e-2;

export function lintPackage(root: string, slug: string): LintResult {
  const dir = problemDir(root, slug);
  let meta: ProblemJson;
  try {
    meta = readJson(root, join(dir, PROBLEM_FILES.meta), ProblemSchema);
  } catch (error) {
    if (!isKataError(error)) throw error;
    return { findings: [{ level: 'error', file: PROBLEM_FILES.meta, message: error.message }] };
  }
  const shell: Problem = { slug, dir, meta, signature: parseSignature(meta.signature), examples: [] };
  const findings = lintCases(root, shell, PROBLEM_FILES.examples, CaseListSchema);
  if (existsSync(join(dir, PROBLEM_FILES.hidden))) findings.push(...lintCases(root, shell, PROBLEM_FILES.hidden, HiddenListSchema));
  findings.push(...lintStatement(root, shell), ...lintChecker(shell), ...lintBounds(shell), ...lintHints(dir));
  if (!existsSync(join(dir, PROBLEM_FILES.reference))) findings.push({ level: 'error', file: PROBLEM_FILES.reference, message: 'is missing: every package needs a correct solution' });
  if (findings.some((finding) => finding.level === 'error')) return { findings };
  return { findings, problem: loadProblem(root, slug) };
}

export const HINTS_FILE = 'hints.md';
const MIN_HINTS = 2;

/** hints.md: an ordered list of hints, each a step toward the idea (kata reveals them one at a time). */
export function readHints(dir: string): string[] {
  const file = join(dir, HINTS_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\n(?=\d+\.\s)/)
    .map((item) => /^\d+\.\s+([\s\S]*)$/.exec(item.trim())?.[1]?.trim() ?? '')
    .filter((hint) => hint !== '');
}

function lintHints(dir: string): Finding[] {
  const hints = readHints(dir);
  if (!existsSync(join(dir, HINTS_FILE))) return [{ level: 'warning', file: HINTS_FILE, message: `is missing: write at least ${MIN_HINTS} hints as an ordered list (1. ..., 2. ...) that lead toward the idea without giving the code` }];
  if (hints.length < MIN_HINTS) return [{ level: 'warning', file: HINTS_FILE, message: `has ${hints.length} hint${hints.length === 1 ? '' : 's'}; write at least ${MIN_HINTS} as an ordered list (1. ..., 2. ...)` }];
  if (hints.some((hint) => /\bTODO\b/.test(hint))) return [{ level: 'warning', file: HINTS_FILE, message: 'still has a TODO' }];
  return [{ level: 'ok', file: HINTS_FILE, message: `${hints.length} hints, in order` }];
}

/** Every case of a file, each checked against the signature: all bad cases are listed, not only the first. */
function lintCases(root: string, problem: Problem, name: string, schema: z.ZodType<unknown[]>): Finding[] {
  let cases: unknown[];
  try {
    cases = readJson(root, join(problem.dir, name), schema);
  } catch (error) {
    if (!isKataError(error)) throw error;
    return [{ level: 'error', file: name, message: error.message }];
  }
  const findings: Finding[] = [];
  if (name === PROBLEM_FILES.hidden && cases.length === 0) findings.push({ level: 'warning', file: name, message: 'has no cases: the verdict rests on the examples alone' });
  if (name === PROBLEM_FILES.examples && cases.length === 0) findings.push({ level: 'error', file: name, message: 'has no cases: solvers need at least one example' });
  cases.forEach((json, index) => {
    const checker = (json as { checker?: CheckerJson }).checker;
    if (checker && tooLoose(checker)) findings.push({ level: 'warning', file: name, message: `case ${index + 1}: checker: a tolerance above ${ABSURD_TOLERANCE} accepts visibly wrong answers` });
    if (typeof json === 'object' && json !== null && 'generate' in json) return;
    const problemText = caseProblem(problem.signature, json as Parameters<typeof caseProblem>[1]);
    if (problemText) findings.push({ level: 'error', file: name, message: `case ${index + 1}: ${problemText}` });
  });
  return findings;
}

function lintStatement(root: string, problem: Problem): Finding[] {
  const file = join(problem.dir, PROBLEM_FILES.statement);
  if (!existsSync(file)) return [{ level: 'error', file: PROBLEM_FILES.statement, message: 'is missing: write the statement in your own words' }];
  const text = readFileSync(file, 'utf8');
  const findings: Finding[] = [];
  if (text.trim().length < 40) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'is nearly empty' });
  if (/\bTODO\b/.test(text)) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'still has a TODO' });
  let examples: CaseJson[] = [];
  try {
    examples = readJson(root, join(problem.dir, PROBLEM_FILES.examples), CaseListSchema);
  } catch {
    return findings; // reported with examples.json
  }
  let checked = 0;
  let agreeing = 0;
  for (const line of exampleLines(text)) {
    const shown = parseExampleLine(line.text);
    if (!shown) {
      // An example line with a typo would otherwise go unchecked without a word.
      if (/\S\s*=.*->/.test(line.text) && !/->\s*throws\b/.test(line.text)) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: `line ${line.number}: "${line.text.trim()}" looks like an example, but kata cannot read it: write \`name = value, ...   ->   answer\` with JSON values` });
      continue;
    }
    checked++;
    const sameInput = examples.find((example) => sameData(example.input, shown.input));
    if (sameInput && sameData(sameInput.expected, shown.expected)) {
      agreeing++;
      continue;
    }
    const why = sameInput ? `examples.json has ${compactJson(sameInput.expected, 120)} for this input` : 'no case of examples.json has this input';
    findings.push({ level: 'error', file: PROBLEM_FILES.statement, message: `line ${line.number}: the example "${line.text.trim()}" disagrees with examples.json: ${why}` });
  }
  if (checked === 0) findings.push({ level: 'warning', file: PROBLEM_FILES.statement, message: 'shows no example kata can check: show one in a code block as `name = value, ...   ->   answer`' });
  if (agreeing > 0) findings.push({ level: 'ok', file: PROBLEM_FILES.statement, message: `the ${agreeing === 1 ? 'example it shows agrees' : `${agreeing} examples it shows agree`} with examples.json` });
  return findings;
}

/**
 * Example lines: `a = [1, 2], b = 3   ->   4` inside fenced code blocks, and the
 * `Input: a = [1, 2], b = 3` / `Output: 4` pairs of LeetCode-style statements
 * (in a block or not, bold or not), read as the same form.
 */
function exampleLines(text: string): { number: number; text: string }[] {
  const lines: { number: number; text: string }[] = [];
  const all = text.split('\n');
  let inBlock = false;
  all.forEach((line, index) => {
    if (line.trimStart().startsWith('```')) inBlock = !inBlock;
    else if (inBlock && line.includes('->')) lines.push({ number: index + 1, text: line });
    const input = labelled('Input', line);
    const output = input === null ? null : labelled('Output', all.slice(index + 1).find((next) => next.trim() !== '') ?? '');
    if (input !== null && output !== null) lines.push({ number: index + 1, text: `${input}   ->   ${output}` });
  });
  return lines;
}

/** The text after `Input:` (or `**Input:**`, `- Input:`) on a line, or null. */
function labelled(label: string, line: string): string | null {
  const match = new RegExp(`^\\s*(?:[-*>]\\s*)?(?:\\*\\*|__)?${label}:(?:\\*\\*|__)?\\s*(.+)$`).exec(line);
  return match ? match[1]!.replace(/^`|`$/g, '').trim() : null;
}

/** `weights = [1, 3], capacity = 7   ->   9` as data; null when the line is not in that form. */
export function parseExampleLine(line: string): { input: Record<string, unknown>; expected: unknown } | null {
  const arrow = line.lastIndexOf('->');
  const assignments = line.slice(0, arrow).split(/,\s*(?=[A-Za-z_$][\w$]*\s*=)/);
  try {
    const input: Record<string, unknown> = {};
    for (const assignment of assignments) {
      const match = /^\s*([A-Za-z_$][\w$]*)\s*=\s*(.+?)\s*$/.exec(assignment);
      if (!match) return null;
      input[match[1]!] = JSON.parse(match[2]!);
    }
    return { input, expected: JSON.parse(line.slice(arrow + 2).trim()) };
  } catch {
    return null;
  }
}

function lintChecker(problem: Problem): Finding[] {
  const checker = problem.meta.checker;
  const findings: Finding[] = [];
  if (checker?.kind === 'custom' && !existsSync(join(problem.dir, 'checker.ts'))) {
    findings.push({ level: 'error', file: 'checker.ts', message: 'is missing, but problem.json asks for a custom checker' });
  }
  if (checker && tooLoose(checker)) {
    findings.push({ level: 'warning', file: PROBLEM_FILES.meta, message: `checker: a tolerance above ${ABSURD_TOLERANCE} accepts visibly wrong answers` });
  }
  if (checker?.abs === 0 && checker.rel === 0 && problem.signature.kind === 'function' && hasFloat(answerType(problem.signature))) {
    findings.push({ level: 'warning', file: PROBLEM_FILES.meta, message: 'checker: zero tolerance on float answers rejects right answers that differ only by rounding' });
  }
  return findings;
}

function lintBounds(problem: Problem): Finding[] {
  if (!problem.meta.bounds) return [];
  const problems = boundsProblems(problem.signature, problem.meta.bounds);
  if (problems.length === 0) return [{ level: 'ok', file: PROBLEM_FILES.meta, message: `bounds for ${Object.keys(problem.meta.bounds).join(', ')}` }];
  return problems.map((message) => ({ level: 'error', file: PROBLEM_FILES.meta, message }));
}

function tooLoose(checker: CheckerJson): boolean {
  return [checker.abs, checker.rel].some((value) => value !== undefined && value > ABSURD_TOLERANCE);
}

function hasFloat(type: Type): boolean {
  return type.kind === 'float' || innerTypes(type).some(hasFloat);
}
