/**
 * The solver's record, `.kata/progress.json` in the workspace: per problem, the
 * attempts, first and last attempt, when it was solved, the best time, hints and
 * reveals used. Two kata processes may write at once (a watch and a judge in
 * another terminal), so every change is a read-modify-write under a lock file,
 * and the file is replaced by a rename, never left half written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { KataError } from '../util/errors.ts';

export const PROGRESS_FILE = join('.kata', 'progress.json');

const VerdictSchema = z.enum(['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'SKIPPED']);

const ProblemProgressSchema = z.object({
  attempts: z.number().int().min(0).default(0),
  firstAttempt: z.iso.datetime().optional(),
  lastAttempt: z.iso.datetime().optional(),
  /** The first time `kata judge` accepted a solution: hidden cases included. */
  solved: z.iso.datetime().optional(),
  /** The fastest accepted judgment, in milliseconds of case time. */
  bestTimeMs: z.number().min(0).optional(),
  lastVerdict: VerdictSchema.optional(),
  hintsUsed: z.number().int().min(0).default(0),
  reveals: z.number().int().min(0).default(0),
});

export const ProgressSchema = z.object({
  version: z.literal(1),
  problems: z.record(z.string(), ProblemProgressSchema),
  /** Every local day (YYYY-MM-DD) with at least one attempt: what streaks are counted from. */
  days: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).default([]),
});

export type ProblemProgress = z.infer<typeof ProblemProgressSchema>;
export type Progress = z.infer<typeof ProgressSchema>;
export type Attempt = { kind: 'test' | 'judge'; verdict: z.infer<typeof VerdictSchema>; timeMs: number; at?: Date };

const EMPTY: Progress = { version: 1, problems: {}, days: [] };
/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

export function progressFile(root: string): string {
  return join(root, PROGRESS_FILE);
}

/** The record as it is on disk; an empty one when there is none yet. */
export function readProgress(root: string): Progress {
  const file = progressFile(root);
  if (!existsSync(file)) return structuredClone(EMPTY);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw brokenFile('is not valid JSON');
  }
  const parsed = ProgressSchema.safeParse(data);
  if (!parsed.success) throw brokenFile(`does not match the progress format (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`);
  return parsed.data;
}

/** One test or judge run. An accepted judge solves the problem; its time competes for the best. */
export function recordAttempt(root: string, slug: string, attempt: Attempt): ProblemProgress {
  const when = attempt.at ?? new Date();
  const at = when.toISOString();
  return updateProblem(root, slug, (entry, progress) => {
    const day = localDay(when);
    if (!progress.days.includes(day)) progress.days = [...progress.days, day].sort();
    entry.attempts++;
    entry.firstAttempt ??= at;
    entry.lastAttempt = at;
    entry.lastVerdict = attempt.verdict;
    if (attempt.kind === 'judge' && attempt.verdict === 'AC') {
      entry.solved ??= at;
      entry.bestTimeMs = Math.min(entry.bestTimeMs ?? Infinity, attempt.timeMs);
    }
  });
}

/** Hints are revealed in order: the count is also the index of the next one. */
export function recordHint(root: string, slug: string): ProblemProgress {
  return updateProblem(root, slug, (entry) => {
    entry.hintsUsed++;
  });
}

export function recordReveal(root: string, slug: string): ProblemProgress {
  return updateProblem(root, slug, (entry) => {
    entry.reveals++;
  });
}

export type Status = 'solved' | 'attempted' | 'new';

export function statusOf(entry: ProblemProgress | undefined): Status {
  if (entry?.solved !== undefined) return 'solved';
  return entry && entry.attempts > 0 ? 'attempted' : 'new';
}

/** The days in a row with an attempt, ending today (or yesterday, when today has none yet), and the longest run. */
export function streaks(days: readonly string[], today = new Date()): { current: number; longest: number } {
  const set = new Set(days);
  let longest = 0;
  for (const day of set) {
    if (set.has(shiftDay(day, -1))) continue;
    let length = 1;
    while (set.has(shiftDay(day, length))) length++;
    longest = Math.max(longest, length);
  }
  let end = localDay(today);
  if (!set.has(end)) end = shiftDay(end, -1);
  let current = 0;
  while (set.has(shiftDay(end, -current))) current++;
  return { current, longest };
}

export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function shiftDay(day: string, by: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(year, month - 1, date + by));
}

function updateProblem(root: string, slug: string, change: (entry: ProblemProgress, progress: Progress) => void): ProblemProgress {
  return withLock(root, () => {
    const progress = readProgress(root);
    const entry = progress.problems[slug] ?? { attempts: 0, hintsUsed: 0, reveals: 0 };
    change(entry, progress);
    progress.problems[slug] = entry;
    writeAtomically(progressFile(root), `${JSON.stringify(progress, null, 2)}\n`);
    return entry;
  });
}

function withLock<T>(root: string, work: () => T): T {
  const lock = `${progressFile(root)}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lock)) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new KataError('PROGRESS_LOCKED', `${lock} has been held for ${LOCK_WAIT_MS / 1000} s`, 'another kata is writing progress; if none runs, delete the lock file');
      else sleep(5);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // removed meanwhile: try again
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Named as the workspace has it, like every package file in a message. */
function brokenFile(what: string): KataError {
  return new KataError('BAD_PROGRESS', `${PROGRESS_FILE} ${what}`, 'fix it by hand, or delete it to start the record afresh (your solutions are not in it)');
}
