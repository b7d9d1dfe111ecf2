/**
 * `kata calibrate [slug...]`: measures afresh, on this machine, the reference of each problem whose
 * time limit is a multiple of the reference's time, and shows the figures: the reference's time, the
 * limit derived from it, and the key it is cached under. --cached shows what is cached, measuring nothing.
 */
import { calibratedLimit, cachedCalibration, calibrationKey, cpuModel, derivedLimitMs } from '../../judge/calibrate.ts';
import { listSlugs, loadProblem, problemDir, type Problem } from '../../problem/load.ts';
import { calibrationTable, type CalibrationRow } from '../../report/calibration.ts';
import { KataError } from '../../util/errors.ts';
import { EXIT, type CliContext } from '../context.ts';
import { setUpIsolation } from '../judging.ts';

export async function run(context: CliContext, slugs: string[], options: { cached?: boolean; json?: boolean }): Promise<number> {
  const root = context.root();
  slugs.forEach((slug) => problemDir(root, slug)); // an unknown slug is a usage error, before any work
  const problems = slugs.length > 0 ? slugs.map((slug) => loadProblem(root, slug)) : listSlugs(root).map((slug) => loadProblem(root, slug)).filter(isCalibrated);
  if (problems.length === 0) {
    throw new KataError('USAGE', 'no problem has a calibrated time limit', 'give one in problem.json as "limits": { "timeMs": { "referenceMultiple": 5, "minMs": 500, "maxMs": 10000 } }, or name problems: kata calibrate <slug>');
  }
  if (!options.cached) setUpIsolation(context);
  const rows: CalibrationRow[] = [];
  for (const problem of problems) {
    // The reference runs a few times on every case: say what is going on meanwhile.
    if (!options.cached && !options.json && isCalibrated(problem)) context.err(context.style.dim(`measuring ${problem.slug}...`));
    rows.push(options.cached ? cachedRow(problem, context.cacheDir()) : await measuredRow(problem, context.cacheDir()));
  }
  const machine = { node: process.version, cpu: cpuModel() };
  context.out(options.json ? JSON.stringify({ ...machine, problems: rows }) : calibrationTable(rows, machine, context.style));
  return EXIT.OK;
}

function isCalibrated(problem: Problem): boolean {
  return typeof problem.meta.limits.timeMs !== 'number';
}

async function measuredRow(problem: Problem, cacheDir: string): Promise<CalibrationRow> {
  const rule = problem.meta.limits.timeMs;
  if (typeof rule === 'number') return { slug: problem.slug, status: 'fixed', limitMs: rule };
  const { calibration, limitMs } = await calibratedLimit(problem, cacheDir, true);
  return { slug: problem.slug, status: 'measured', limitMs, referenceMs: calibration.referenceMs, runs: calibration.runs, rule, key: calibration.key };
}

function cachedRow(problem: Problem, cacheDir: string): CalibrationRow {
  const rule = problem.meta.limits.timeMs;
  if (typeof rule === 'number') return { slug: problem.slug, status: 'fixed', limitMs: rule };
  const calibration = cachedCalibration(problem, cacheDir);
  if (!calibration) return { slug: problem.slug, status: 'not measured', rule, key: calibrationKey(problem) };
  return { slug: problem.slug, status: 'cached', limitMs: derivedLimitMs(rule, calibration.referenceMs), referenceMs: calibration.referenceMs, runs: calibration.runs, rule, key: calibration.key };
}
