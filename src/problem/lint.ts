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
import { boundsProblems } from './bounds.ts';
import { caseProblem } from './cases.ts';
import { PROBLEM_FILES, problemDir, readJsonData, schemaIssues, toCase, type Case, type CaseKind, type Problem } from './load.ts';
import { CaseSchema, GeneratedCaseSchema, ProblemSchema, SignatureSchema, type CaseJson, type CheckerJson, type GeneratedCaseJson, type ProblemJson } from './schema.ts';
import { answerType, parseSignature, type Signature } from './signature.ts';
import { lintStatement } from './statement.ts';
import { innerTypes, type Type } from './types.ts';
import { isPlainObject } from './values.ts';

export { parseExampleLine } from './statement.ts';

export type Level = 'ok' | 'warning' | 'error' | 'skipped';

export interface Finding {
  /** `skipped`: a check that could not run, and why (it counts as neither an error nor a warning). */
  level: Level;
  /** The file, relative to the package, or '' for the package as a whole. */
  file: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Set when problem.json is valid: the package, with the examples that match the signature. */
  problem?: Problem;
  /** The stored hidden cases and generator runs that match the signature. */
  hidden: Case[];
  /** How many cases were left out of `problem` and `hidden` because they do not match the signature. */
  leftOut: number;
  /** The case files that cannot be read at all (not JSON, not an array): none of their cases run. */
  unreadable: string[];
  /** Why the checks that run solutions cannot run at all, when they cannot. */
  blocked?: string;
  /** Whether `bounds` of problem.json can be checked on the cases. */
  boundsUsable: boolean;
}

const ABSURD_TOLERANCE = 1e-2;

/** A hidden case is a generator run when it says `generate`, and a stored case otherwise: each with its own errors, not a union's. */
const hiddenCaseSchema = (item: unknown): z.ZodType<CaseJson | GeneratedCaseJson> => (isPlainObject(item) && 'generate' in item ? GeneratedCaseSchema : CaseSchema);

/**
 * Every static check of a package, in one pass: each layer runs as far as what it needs is sound.
 * A broken checker in problem.json does not stop the cases being checked against a sound signature,
 * and a bad case does not stop the others, or the statement, being checked.
 */
export function lintPackage(root: string, slug: string): LintResult {
  const dir = problemDir(root, slug);
  const findings: Finding[] = [];
  const { meta, signature } = lintMeta(root, dir, findings);
  const examples = lintCases(root, dir, signature, PROBLEM_FILES.examples, () => CaseSchema, 'example');
  const hidden = existsSync(join(dir, PROBLEM_FILES.hidden)) ? lintCases(root, dir, signature, PROBLEM_FILES.hidden, hiddenCaseSchema, 'hidden') : { findings: [], cases: [], leftOut: 0 };
  findings.push(...examples.findings, ...hidden.findings);
  if (!signature) findings.push({ level: 'skipped', file: '', message: 'the cases were not checked against the signature, nor the statement\'s examples by type: problem.json has no valid signature' });
  findings.push(...lintStatement(root, dir, signature));
  const bounds = meta ? lintBounds(meta, signature!) : [];
  if (meta) findings.push(...lintChecker(dir, meta, signature!), ...bounds);
  findings.push(...lintHints(dir));
  if (!existsSync(join(dir, PROBLEM_FILES.reference))) findings.push({ level: 'error', file: PROBLEM_FILES.reference, message: 'is missing: every package needs a correct solution' });
  const unreadable = [examples, hidden].flatMap((file, i) => (file.unreadable ? [i === 0 ? PROBLEM_FILES.examples : PROBLEM_FILES.hidden] : []));
  const result = { findings, hidden: hidden.cases, leftOut: examples.leftOut + hidden.leftOut, unreadable, boundsUsable: !bounds.some((finding) => finding.level === 'error') };
  const blocked = blockedBecause(dir, meta, examples.cases);
  if (!meta || !signature) return { ...result, blocked: blocked ?? 'problem.json has errors' };
  return { ...result, problem: { slug, dir, meta, signature, examples: examples.cases }, ...(blocked !== undefined && { blocked }) };
}

/** Why no solution can be run, or undefined. */
function blockedBecause(dir: string, meta: ProblemJson | undefined, examples: Case[]): string | undefined {
  if (!meta) return 'problem.json has errors, so the limits or the checker are not known';
  if (!existsSync(join(dir, PROBLEM_FILES.reference))) return 'reference.ts is missing';
  if (meta.checker?.kind === 'custom' && !existsSync(join(dir, 'checker.ts'))) return 'checker.ts is missing';
  if (examples.length === 0) return 'examples.json has no case that matches the signature';
  return undefined;
}

/** problem.json: its schema, and the signature on its own, so that cases can be checked when only another field is wrong. */
function lintMeta(root: string, dir: string, findings: Finding[]): { meta?: ProblemJson; signature?: Signature } {
  let data: unknown;
  try {
    data = readJsonData(root, join(dir, PROBLEM_FILES.meta));
  } catch (error) {
    if (!isKataError(error)) throw error;
    findings.push({ level: 'error', file: PROBLEM_FILES.meta, message: error.message });
    return {};
  }
  const parsed = ProblemSchema.safeParse(data);
  if (parsed.success) return { meta: parsed.data, signature: parseSignature(parsed.data.signature) };
  findings.push({ level: 'error', file: PROBLEM_FILES.meta, message: `does not match the package format:\n${schemaIssues(parsed.error.issues, data).join('\n')}` });
  const signature = isPlainObject(data) ? SignatureSchema.safeParse(data.signature) : undefined;
  return signature?.success ? { signature: parseSignature(signature.data) } : {};
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

/**
 * Every case of a file, each checked on its own against the case format and the signature: all bad
 * cases are listed, not only the first. The cases that pass are returned, for the checks that run code.
 */
function lintCases(root: string, dir: string, signature: Signature | undefined, name: string, schemaFor: (item: unknown) => z.ZodType<CaseJson | GeneratedCaseJson>, kind: CaseKind): { findings: Finding[]; cases: Case[]; leftOut: number; unreadable?: boolean } {
  let data: unknown;
  try {
    data = readJsonData(root, join(dir, name));
  } catch (error) {
    if (!isKataError(error)) throw error;
    return { findings: [{ level: 'error', file: name, message: error.message }], cases: [], leftOut: 0, unreadable: true };
  }
  if (!Array.isArray(data)) return { findings: [{ level: 'error', file: name, message: 'must be an array of cases' }], cases: [], leftOut: 0, unreadable: true };
  const findings: Finding[] = [];
  const cases: Case[] = [];
  if (name === PROBLEM_FILES.hidden && data.length === 0) findings.push({ level: 'warning', file: name, message: 'has no cases: the verdict rests on the examples alone' });
  if (name === PROBLEM_FILES.examples && data.length === 0) findings.push({ level: 'error', file: name, message: 'has no cases: solvers need at least one example' });
  data.forEach((item: unknown, index) => {
    const parsed = schemaFor(item).safeParse(item);
    if (!parsed.success) {
      const issues = schemaIssues(parsed.error.issues, item).map((line) => line.trim());
      findings.push({ level: 'error', file: name, message: `case ${index + 1}: ${issues.join('; ')}` });
      return;
    }
    const json = parsed.data;
    if (json.checker && tooLoose(json.checker)) findings.push({ level: 'warning', file: name, message: `case ${index + 1}: checker: a tolerance above ${ABSURD_TOLERANCE} accepts visibly wrong answers` });
    if (!signature) return;
    const problemText = 'generate' in json ? null : caseProblem(signature, json);
    if (problemText) findings.push({ level: 'error', file: name, message: `case ${index + 1}: ${problemText}` });
    else cases.push(toCase(json, `${kind}-${index + 1}`, kind));
  });
  return { findings, cases, leftOut: data.length - cases.length };
}

function lintChecker(dir: string, meta: ProblemJson, signature: Signature): Finding[] {
  const checker = meta.checker;
  const findings: Finding[] = [];
  if (checker?.kind === 'custom' && !existsSync(join(dir, 'checker.ts'))) {
    findings.push({ level: 'error', file: 'checker.ts', message: 'is missing, but problem.json asks for a custom checker' });
  }
  if (checker && tooLoose(checker)) {
    findings.push({ level: 'warning', file: PROBLEM_FILES.meta, message: `checker: a tolerance above ${ABSURD_TOLERANCE} accepts visibly wrong answers` });
  }
  if (checker?.abs === 0 && checker.rel === 0 && signature.kind === 'function' && hasFloat(answerType(signature))) {
    findings.push({ level: 'warning', file: PROBLEM_FILES.meta, message: 'checker: zero tolerance on float answers rejects right answers that differ only by rounding' });
  }
  return findings;
}

function lintBounds(meta: ProblemJson, signature: Signature): Finding[] {
  if (!meta.bounds) return [];
  const problems = boundsProblems(signature, meta.bounds);
  if (problems.length === 0) return [{ level: 'ok', file: PROBLEM_FILES.meta, message: `bounds for ${Object.keys(meta.bounds).join(', ')}` }];
  return problems.map((message) => ({ level: 'error', file: PROBLEM_FILES.meta, message }));
}

function tooLoose(checker: CheckerJson): boolean {
  return [checker.abs, checker.rel].some((value) => value !== undefined && value > ABSURD_TOLERANCE);
}

function hasFloat(type: Type): boolean {
  return type.kind === 'float' || innerTypes(type).some(hasFloat);
}
