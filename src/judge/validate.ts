/**
 * The checks of `kata validate` that run code: the generator is deterministic,
 * the reference passes every case within half the time limit, the stub that
 * `kata new` writes fails, and every solution in wrong/ gets the verdict its
 * file name declares (Kattis-style: wrong/wa-greedy.ts must get WA).
 */
import { existsSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { lintPackage, type Finding } from '../problem/lint.ts';
import { PROBLEM_FILES, type Case, type Problem } from '../problem/load.ts';
import { renderStub } from '../problem/stub.ts';
import { isKataError } from '../util/errors.ts';
import { compactJson, everyOne, plural } from '../util/text.ts';
import { formatDuration } from '../util/time.ts';
import { writeAtomically } from '../util/fs.ts';
import { GENERATOR_FILE } from '../problem/files.ts';
import { loadGenerator, materializeCases, runGenerator } from './generate.ts';
import { checkInputs } from './inputs.ts';
import { timeLimitFor } from './calibrate.ts';
import { judgeSolution } from './judge.ts';
import { VERDICTS, type Judgment, type Verdict } from './verdict.ts';

const WRONG_DIR = 'wrong';

/**
 * Every check of one package, in one pass: the static checks (lint.ts), then each check that runs code,
 * as far as what it needs is sound. A check that cannot run is reported as skipped, with the reason;
 * one that fails does not stop the others.
 */
export async function validateProblem(root: string, slug: string, cacheDir: string, report: (finding: Finding) => void): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (finding: Finding) => {
    findings.push(finding);
    report(finding);
  };
  const lint = lintPackage(root, slug);
  lint.findings.forEach(add);
  const problem = lint.problem;
  const formatBroken = lint.findings.some((finding) => finding.level === 'error' && CASE_AND_META_FILES.has(finding.file));
  if (!formatBroken) add({ level: 'ok', file: '', message: 'every file matches the package format and every case the signature' });
  if (!problem || lint.blocked !== undefined) {
    add({ level: 'skipped', file: '', message: `not run: the generator, the reference, the stub of kata new and wrong/ (${lint.blocked ?? 'problem.json has errors'})` });
    return findings;
  }
  for (const file of lint.unreadable) add({ level: 'skipped', file, message: 'cannot be read, so its cases are left out of the runs below' });
  if (lint.leftOut > 0) {
    add({ level: 'skipped', file: '', message: `${lint.leftOut} ${plural(lint.leftOut, 'case')} that ${plural(lint.leftOut, 'does', 'do')} not match the signature ${plural(lint.leftOut, 'is', 'are')} left out of the runs below` });
  }
  // Each layer on its own: a KataError in one (a broken generator, a reference that does not load) is its finding.
  const layer = async <T>(run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      if (!isKataError(error)) throw error;
      add({ level: 'error', file: '', message: `${error.message}${error.hint ? ` (${error.hint})` : ''}` });
      return undefined;
    }
  };
  const generatorSound = (await layer(() => checkGenerator(problem, lint.hidden, cacheDir, add))) ?? false;
  const stored = generatorSound ? lint.hidden : lint.hidden.filter((testCase) => testCase.generate === undefined);
  if (stored.length < lint.hidden.length) add({ level: 'skipped', file: GENERATOR_FILE, message: 'its cases are left out of the runs below: the generator fails' });
  const declared = [...problem.examples, ...stored];
  const cases = await layer(() => materializeCases(problem, declared, cacheDir));
  if (!cases) {
    add({ level: 'skipped', file: '', message: 'not run: the reference, the stub of kata new and wrong/ (the generated cases could not be made)' });
    return findings;
  }
  if (lint.boundsUsable) await layer(() => checkInputs(problem, declared, cases, cacheDir, add));
  else add({ level: 'skipped', file: '', message: 'the cases were not checked against bounds: bounds in problem.json has errors' });
  const referencePasses = (await layer(() => checkReference(problem, cases, cacheDir, add))) ?? false;
  await layer(() => checkStub(problem, cacheDir, add));
  const leftOut = lint.leftOut > 0 || lint.unreadable.length > 0 ? 'some cases were left out (see above)' : stored.length < lint.hidden.length ? "the generator's cases were left out" : undefined;
  await layer(() => checkWrongSolutions(problem, cases, cacheDir, add, { referencePasses, leftOut }));
  return findings;
}

/** The files whose errors mean that some file does not match the package format or some case the signature. */
const CASE_AND_META_FILES = new Set<string>([PROBLEM_FILES.meta, PROBLEM_FILES.examples, PROBLEM_FILES.hidden]);

/** True when there is no generator, or it is deterministic. */
async function checkGenerator(problem: Problem, stored: Case[], cacheDir: string, add: (finding: Finding) => void): Promise<boolean> {
  if (!existsSync(join(problem.dir, GENERATOR_FILE))) return true;
  const runs = stored.filter((testCase) => testCase.generate !== undefined);
  const samples = runs.length > 0 ? runs : [{ id: 'sample', generate: { seed: 1, size: 10 } }];
  const generate = await loadGenerator(problem, cacheDir);
  for (const run of samples) {
    const first = runGenerator(problem, generate, run);
    const second = runGenerator(problem, generate, run);
    if (!isDeepStrictEqual(first, second)) {
      add({ level: 'error', file: GENERATOR_FILE, message: `${run.id}: two runs with seed ${run.generate!.seed} made different cases: use only the random source it is given` });
      return false;
    }
  }
  add({ level: 'ok', file: GENERATOR_FILE, message: `deterministic, and its cases have the signature's types (${samples.length} ${plural(samples.length, 'run')} checked)` });
  return true;
}

/** True when the reference passes every case (slow or not). */
async function checkReference(problem: Problem, cases: Case[], cacheDir: string, add: (finding: Finding) => void): Promise<boolean> {
  const judgment = await judge(problem, cases, join(problem.dir, PROBLEM_FILES.reference), `problems/${problem.slug}/${PROBLEM_FILES.reference}`, cacheDir, true);
  if (judgment.verdict !== 'AC') {
    add({ level: 'error', file: PROBLEM_FILES.reference, message: `gets ${judgment.verdict}${firstFailure(judgment)}: the reference must pass every case` });
    return false;
  }
  const limit = await timeLimitFor(problem, cacheDir);
  const calibrated = typeof problem.meta.limits.timeMs === 'number' ? '' : ', calibrated on this machine';
  const slowest = judgment.cases.reduce((worst, result) => (result.timeMs > worst.timeMs ? result : worst));
  const within = slowest.timeMs <= limit / 2;
  add({
    level: within ? 'ok' : 'error',
    file: PROBLEM_FILES.reference,
    message: within
      ? `accepted on ${everyOne(judgment.total, 'case')}; slowest ${slowest.id} in ${formatDuration(slowest.timeMs)} (limit ${limit} ms${calibrated})`
      : `takes ${formatDuration(slowest.timeMs)} on ${slowest.id}, more than half the ${limit} ms limit${calibrated}: raise limits.timeMs${calibrated ? '.maxMs' : ''} or speed up the reference`,
  });
  return true;
}

async function checkStub(problem: Problem, cacheDir: string, add: (finding: Finding) => void): Promise<void> {
  const file = join(cacheDir, 'stubs', problem.slug, `${problem.slug}.ts`);
  writeAtomically(file, renderStub(problem));
  const judgment = await judge(problem, problem.examples, file, `the stub of kata new ${problem.slug}`, cacheDir, true);
  if (judgment.verdict === 'CE') add({ level: 'error', file: PROBLEM_FILES.meta, message: `the stub that kata new writes does not compile: ${judgment.message ?? ''}` });
  else if (judgment.verdict === 'AC') add({ level: 'error', file: PROBLEM_FILES.examples, message: 'the stub that kata new writes passes the examples: they test nothing' });
  else add({ level: 'ok', file: '', message: `the stub that kata new writes compiles and fails (${judgment.verdict})` });
}

/**
 * A wrong solution proves something only when it fails for the right reason: when the reference itself
 * fails a case, a wrong solution's failure may be that case's fault, so it is reported as not checked.
 * When cases were left out, one that gets another verdict than declared may be caught only by them.
 */
async function checkWrongSolutions(
  problem: Problem,
  cases: Case[],
  cacheDir: string,
  add: (finding: Finding) => void,
  { referencePasses, leftOut }: { referencePasses: boolean; leftOut: string | undefined },
): Promise<void> {
  const dir = join(problem.dir, WRONG_DIR);
  const entries = existsSync(dir) ? readdirSync(dir).sort() : [];
  const files = entries.filter((name) => name.endsWith('.ts'));
  for (const other of entries.filter((name) => !name.endsWith('.ts') && name !== 'README.md')) {
    add({ level: 'warning', file: `${WRONG_DIR}/${other}`, message: 'is not a .ts file, so it is not judged' });
  }
  if (files.length === 0) add({ level: 'warning', file: `${WRONG_DIR}/`, message: 'has no wrong solutions: add some named by the verdict they must get, e.g. wa-greedy.ts, tle-brute.ts' });
  for (const name of files) {
    const declared = declaredVerdict(name);
    const file = `${WRONG_DIR}/${name}`;
    if (!declared || declared === 'AC') {
      add({ level: 'error', file, message: `its name must start with the verdict it must get: ${VERDICTS.filter((v) => v !== 'AC').map((v) => v.toLowerCase()).join('-, ')}-` });
      continue;
    }
    if (!referencePasses) {
      add({ level: 'skipped', file, message: 'not checked: the reference fails a case, so a failure here could be that case\'s fault; fix the reference first' });
      continue;
    }
    // Type-checked like any judged solution: a wrong solution should be wrong at run time, not in its types.
    const judgment = await judge(problem, cases, join(dir, name), `problems/${problem.slug}/${file}`, cacheDir, true);
    const ok = judgment.verdict === declared;
    if (!ok && leftOut !== undefined) {
      add({ level: 'skipped', file, message: `not checked: it gets ${judgment.verdict}${firstFailure(judgment)} on the cases that were run, but ${leftOut}` });
      continue;
    }
    add({ level: ok ? 'ok' : 'error', file, message: ok ? `gets ${declared}${firstFailure(judgment)}` : `gets ${judgment.verdict}${firstFailure(judgment)}, but its name declares ${declared}` });
  }
}

function declaredVerdict(fileName: string): Verdict | null {
  const prefix = fileName.split('-')[0]!.toUpperCase();
  return (VERDICTS as readonly string[]).includes(prefix) ? (prefix as Verdict) : null;
}

/** The first failure, with the data behind it: the author owns the hidden cases, so they are shown here. */
function firstFailure(judgment: Judgment): string {
  if (judgment.message) return ` (${judgment.message.split('\n').map((line) => line.trim()).join(' ')})`;
  const failed = judgment.cases.find((result) => result.verdict !== 'AC' && result.verdict !== 'SKIPPED');
  if (!failed) return '';
  const detail = failed.detail && failed.verdict === 'WA' && 'actual' in failed.detail ? ` (expected ${compactJson(failed.detail.expected, 120)}, got ${compactJson(failed.detail.actual, 120)})` : '';
  return ` on ${failed.id}${failed.message ? `: ${failed.message}` : ''}${detail}`;
}

function judge(problem: Problem, cases: readonly Case[], solutionFile: string, solutionLabel: string, cacheDir: string, typecheck: boolean): Promise<Judgment> {
  return judgeSolution({ problem, cases, solutionFile, solutionLabel, cacheDir, typecheck, revealHidden: true });
}
