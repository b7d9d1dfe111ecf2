/**
 * Calibrated time limits. A problem may give its limit as a multiple of the reference's time
 * (`"timeMs": { "referenceMultiple": 5, "minMs": 500, "maxMs": 10000 }`). The reference is measured
 * once per machine: judged on every case, a few times over, and its slowest case's time (the median
 * of the runs) is kept in the workspace cache, keyed by what decides it: the reference, the cases, the
 * Node version and the CPU model. The limit is that time times the multiple, within the floor and the
 * ceiling. A slow CI runner measures a slow reference and so gets a proportionally larger limit, and
 * a package gives the same verdicts there as on a fast laptop.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { GENERATOR_FILE, PROBLEM_FILES } from '../problem/files.ts';
import type { Problem } from '../problem/load.ts';
import type { CalibratedTimeJson } from '../problem/schema.ts';
import { KataError } from '../util/errors.ts';
import { sha256 } from '../util/hash.ts';
import { writeAtomically } from '../util/fs.ts';
import { judgeSolution } from './judge.ts';
import { median } from './timing.ts';

/** Runs of the reference per measurement: the median of their slowest cases is kept. */
export const CALIBRATION_RUNS = 3;
/** Changes when the way of measuring does, so older figures are measured again. */
const CALIBRATION_FORMAT = 1;

export interface Calibration {
  slug: string;
  /** What the figure is keyed by, as a hash: the reference, the cases, Node's version, the CPU model. */
  key: string;
  /** The reference's slowest case, in ms: the median over the runs. */
  referenceMs: number;
  /** The slowest case of each run. */
  runs: number[];
  node: string;
  cpu: string;
  measuredAt: string;
}

/** A calibration with the limit it gives under a problem's rule, and whether it was measured just now. */
export interface CalibratedLimit {
  calibration: Calibration;
  rule: CalibratedTimeJson;
  limitMs: number;
  measuredNow: boolean;
}

const measuring = new Map<string, Promise<Calibration>>();

/** The time limit of a problem on this machine: the number given, or the calibrated limit (measured if need be). */
export async function timeLimitFor(problem: Problem, cacheDir: string): Promise<number> {
  const rule = problem.meta.limits.timeMs;
  if (typeof rule === 'number') return rule;
  return (await calibratedLimit(problem, cacheDir)).limitMs;
}

/** The reference's time times the multiple, rounded up to a millisecond, within the floor and the ceiling. */
export function derivedLimitMs(rule: CalibratedTimeJson, referenceMs: number): number {
  return Math.min(rule.maxMs, Math.max(rule.minMs, Math.ceil(referenceMs * rule.referenceMultiple)));
}

/** The cached calibration, measured first when there is none (or `refresh` asks for a new one). */
export async function calibratedLimit(problem: Problem, cacheDir: string, refresh = false): Promise<CalibratedLimit> {
  const rule = problem.meta.limits.timeMs;
  if (typeof rule === 'number') throw new Error(`${problem.slug} has a fixed time limit`);
  const key = calibrationKey(problem);
  const file = cacheFile(cacheDir, problem.slug, key);
  const cached = refresh ? null : readCalibration(file, key);
  if (cached) return { calibration: cached, rule, limitMs: derivedLimitMs(rule, cached.referenceMs), measuredNow: false };
  // Judgments of one problem that start together (kata grade, kata validate) share one measurement.
  let pending = refresh ? undefined : measuring.get(file);
  if (!pending) {
    pending = measure(problem, cacheDir, rule, key).then((calibration) => {
      writeAtomically(file, `${JSON.stringify({ format: CALIBRATION_FORMAT, ...calibration }, null, 2)}\n`);
      return calibration;
    });
    measuring.set(file, pending);
    pending.finally(() => measuring.delete(file)).catch(() => undefined);
  }
  const calibration = await pending;
  return { calibration, rule, limitMs: derivedLimitMs(rule, calibration.referenceMs), measuredNow: true };
}

/** The cached calibration, or null: for showing without measuring. */
export function cachedCalibration(problem: Problem, cacheDir: string): Calibration | null {
  const key = calibrationKey(problem);
  return readCalibration(cacheFile(cacheDir, problem.slug, key), key);
}

export function calibrationKey(problem: Problem): string {
  const read = (name: string) => (existsSync(join(problem.dir, name)) ? readFileSync(join(problem.dir, name), 'utf8') : '');
  const parts = [read(PROBLEM_FILES.reference), read(PROBLEM_FILES.examples), read(PROBLEM_FILES.hidden), read(GENERATOR_FILE), JSON.stringify(problem.meta.signature)];
  return sha256([...parts, process.version, cpuModel(), String(CALIBRATION_FORMAT)].join('\0')).slice(0, 16);
}

export function cpuModel(): string {
  return cpus()[0]?.model.trim() || 'unknown CPU';
}

function cacheFile(cacheDir: string, slug: string, key: string): string {
  return join(cacheDir, 'calibration', `${slug}-${key}.json`);
}

function readCalibration(file: string, key: string): Calibration | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Calibration> & { format?: number };
    const valid = data.format === CALIBRATION_FORMAT && data.key === key && typeof data.referenceMs === 'number' && Number.isFinite(data.referenceMs) && data.referenceMs >= 0;
    if (!valid) return null;
    const { format: _, ...calibration } = data;
    return calibration as Calibration;
  } catch {
    return null; // none yet, or unreadable: measured again
  }
}

/** Judges the reference on every case CALIBRATION_RUNS times, under the ceiling as its limit. */
async function measure(problem: Problem, cacheDir: string, rule: CalibratedTimeJson, key: string): Promise<Calibration> {
  // Loaded only to measure: with the zod schemas they load, they took 35 ms of every kata test whose limit was already calibrated.
  const [{ loadHiddenCases }, { materializeCases }] = await Promise.all([import('../problem/load.ts'), import('./generate.ts')]);
  const root = dirname(dirname(problem.dir)); // problems/<slug> is in the workspace
  const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(root, problem)], cacheDir);
  const label = `problems/${problem.slug}/${PROBLEM_FILES.reference}`;
  const runs: number[] = [];
  for (let run = 0; run < CALIBRATION_RUNS; run++) {
    const judgment = await judgeSolution({ problem, cases, solutionFile: join(problem.dir, PROBLEM_FILES.reference), solutionLabel: label, cacheDir, revealHidden: true, timeLimitMs: rule.maxMs });
    if (judgment.verdict !== 'AC') {
      const failed = judgment.cases.find((result) => result.verdict !== 'AC');
      const where = failed ? ` on ${failed.id}${failed.message ? ` (${failed.message})` : ''}` : judgment.message ? ` (${judgment.message})` : '';
      throw new KataError('BAD_PACKAGE', `cannot calibrate the time limit of ${problem.slug}: ${label} gets ${judgment.verdict}${where} under the ceiling of ${rule.maxMs} ms`, `kata validate ${problem.slug} shows what is wrong; the reference must pass every case`);
    }
    runs.push(Math.max(...judgment.cases.map((result) => result.timeMs)));
  }
  return { slug: problem.slug, key, referenceMs: median(runs), runs, node: process.version, cpu: cpuModel(), measuredAt: new Date().toISOString() };
}
