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
import { loadHiddenCases, PROBLEM_FILES, type Case, type Problem } from '../problem/load.ts';
import { renderStub } from '../problem/stub.ts';
import { isKataError } from '../util/errors.ts';
import { compactJson } from '../util/text.ts';
import { formatDuration } from '../util/time.ts';
import { writeAtomically } from './compile.ts';
import { GENERATOR_FILE, loadGenerator, materializeCases, runGenerator } from './generate.ts';
import { checkInputs } from './inputs.ts';
import { timeLimitFor } from './calibrate.ts';
import { judgeSolution } from './judge.ts';
import { VERDICTS, type Judgment, type Verdict } from './verdict.ts';

const WRONG_DIR = 'wrong';

export async function validateProblem(root: string, slug: string, cacheDir: string, report: (finding: Finding) => void): Promise<Finding[]> {
  const findings: Finding[] = [];
  const add = (finding: Finding) => {
    findings.push(finding);
    report(finding);
  };
  const lint = lintPackage(root, slug);
  lint.findings.forEach(add);
  const problem = lint.problem;
  if (!problem) return findings;
  add({ level: 'ok', file: '', message: 'every file matches the package format and every case the signature' });
  try {
    const stored = loadHiddenCases(root, problem);
    await checkGenerator(problem, stored, cacheDir, add);
    const declared = [...problem.examples, ...stored];
    const cases = await materializeCases(problem, declared, cacheDir);
    await checkInputs(problem, declared, cases, cacheDir, add);
    await checkReference(problem, cases, cacheDir, add);
    await checkStub(problem, cacheDir, add);
    await checkWrongSolutions(problem, cases, cacheDir, add);
  } catch (error) {
    if (!isKataError(error)) throw error;
    add({ level: 'error', file: '', message: `${error.message}${error.hint ? ` (${error.hint})` : ''}` });
  }
  return findings;
}

async function checkGenerator(problem: Problem, stored: Case[], cacheDir: string, add: (finding: Finding) => void): Promise<void> {
  if (!existsSync(join(problem.dir, GENERATOR_FILE))) return;
  const runs = stored.filter((testCase) => testCase.generate !== undefined);
  const samples = runs.length > 0 ? runs : [{ id: 'sample', generate: { seed: 1, size: 10 } }];
  const generate = await loadGenerator(problem, cacheDir);
  for (const run of samples) {
    const first = runGenerator(problem, generate, run);
    const second = runGenerator(problem, generate, run);
    if (!isDeepStrictEqual(first, second)) {
      add({ level: 'error', file: GENERATOR_FILE, message: `${run.id}: two runs with seed ${run.generate!.seed} made different cases: use only the random source it is given` });
      return;
    }
  }
  add({ level: 'ok', file: GENERATOR_FILE, message: `deterministic, and its cases have the signature's types (${samples.length} run${samples.length === 1 ? '' : 's'} checked)` });
}

async function checkReference(problem: Problem, cases: Case[], cacheDir: string, add: (finding: Finding) => void): Promise<void> {
  const judgment = await judge(problem, cases, join(problem.dir, PROBLEM_FILES.reference), `problems/${problem.slug}/${PROBLEM_FILES.reference}`, cacheDir, true);
  if (judgment.verdict !== 'AC') {
    add({ level: 'error', file: PROBLEM_FILES.reference, message: `gets ${judgment.verdict}${firstFailure(judgment)}: the reference must pass every case` });
    return;
  }
  const limit = await timeLimitFor(problem, cacheDir);
  const calibrated = typeof problem.meta.limits.timeMs === 'number' ? '' : ', calibrated on this machine';
  const slowest = judgment.cases.reduce((worst, result) => (result.timeMs > worst.timeMs ? result : worst));
  const within = slowest.timeMs <= limit / 2;
  add({
    level: within ? 'ok' : 'error',
    file: PROBLEM_FILES.reference,
    message: within
      ? `accepted on all ${judgment.total} cases; slowest ${slowest.id} in ${formatDuration(slowest.timeMs)} (limit ${limit} ms${calibrated})`
      : `takes ${formatDuration(slowest.timeMs)} on ${slowest.id}, more than half the ${limit} ms limit${calibrated}: raise limits.timeMs${calibrated ? '.maxMs' : ''} or speed up the reference`,
  });
}

async function checkStub(problem: Problem, cacheDir: string, add: (finding: Finding) => void): Promise<void> {
  const file = join(cacheDir, 'stubs', problem.slug, `${problem.slug}.ts`);
  writeAtomically(file, renderStub(problem));
  const judgment = await judge(problem, problem.examples, file, `the stub of kata new ${problem.slug}`, cacheDir, true);
  if (judgment.verdict === 'CE') add({ level: 'error', file: PROBLEM_FILES.meta, message: `the stub that kata new writes does not compile: ${judgment.message ?? ''}` });
  else if (judgment.verdict === 'AC') add({ level: 'error', file: PROBLEM_FILES.examples, message: 'the stub that kata new writes passes the examples: they test nothing' });
  else add({ level: 'ok', file: '', message: `the stub that kata new writes compiles and fails (${judgment.verdict})` });
}

async function checkWrongSolutions(problem: Problem, cases: Case[], cacheDir: string, add: (finding: Finding) => void): Promise<void> {
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
    // Type-checked like any judged solution: a wrong solution should be wrong at run time, not in its types.
    const judgment = await judge(problem, cases, join(dir, name), `problems/${problem.slug}/${file}`, cacheDir, true);
    const ok = judgment.verdict === declared;
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
