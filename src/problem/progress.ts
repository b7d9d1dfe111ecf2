/**
 * The solver's record, `.kata/progress.json` in the workspace: per problem, the
 * attempts, first and last attempt, when it was solved, the best time, hints and
 * reveals used. Two kata processes may write at once (a watch and a judge in
 * another terminal), so every change is a read-modify-write under a lock file,
 * and the file is replaced by a rename, never left half written.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Progress, ProblemProgress, Verdict } from './progress-schema.ts';
import { sha256 } from '../util/hash.ts';
import { KataError } from '../util/errors.ts';

export const PROGRESS_FILE = join('.kata', 'progress.json');

export type { Progress, ProblemProgress } from './progress-schema.ts';
export type Attempt = { kind: 'test' | 'judge'; verdict: Verdict; timeMs: number; at?: Date };

const EMPTY: Progress = { version: 1, problems: {}, days: [] };
/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

export function progressFile(root: string): string {
  return join(root, PROGRESS_FILE);
}

/**
 * The record as it is on disk; an empty one when there is none yet. The text kata last wrote or checked
 * is known by its hash (in the cache), and is read without the schemas: loading zod to check kata's own
 * output would cost more than the command that records. Any other text is checked in full.
 */
export async function readProgress(root: string): Promise<Progress> {
  const file = progressFile(root);
  if (!existsSync(file)) return structuredClone(EMPTY);
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw brokenFile('is not valid JSON');
  }
  if (readChecked(root) === sha256(text)) return data as Progress;
  const { ProgressSchema } = await import('./progress-schema.ts');
  const parsed = ProgressSchema.safeParse(data);
  if (!parsed.success) throw brokenFile(`does not match the progress format (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`);
  markChecked(root, text);
  return parsed.data;
}

function checkedFile(root: string): string {
  return join(root, '.kata', 'cache', 'progress-checked');
}

function readChecked(root: string): string | null {
  try {
    return readFileSync(checkedFile(root), 'utf8');
  } catch {
    return null;
  }
}

/** Saves time only: a hash that cannot be written means the next read checks in full. */
function markChecked(root: string, text: string): void {
  try {
    writeAtomically(checkedFile(root), sha256(text));
  } catch {
    // a read-only cache
  }
}

/** One test or judge run. An accepted judge solves the problem; its time competes for the best. */
export function recordAttempt(root: string, slug: string, attempt: Attempt): Promise<ProblemProgress> {
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
export function recordHint(root: string, slug: string): Promise<ProblemProgress> {
  return updateProblem(root, slug, (entry) => {
    entry.hintsUsed++;
  });
}

export function recordReveal(root: string, slug: string): Promise<ProblemProgress> {
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

/** This process's updates, one after another: the lock file keeps other processes out, not this one's own. */
let updates: Promise<unknown> = Promise.resolve();

function updateProblem(root: string, slug: string, change: (entry: ProblemProgress, progress: Progress) => void): Promise<ProblemProgress> {
  const update = updates.catch(() => undefined).then(() => withLock(root, async () => {
    const progress = await readProgress(root);
    const entry = progress.problems[slug] ?? { attempts: 0, hintsUsed: 0, reveals: 0 };
    change(entry, progress);
    progress.problems[slug] = entry;
    const text = `${JSON.stringify(progress, null, 2)}\n`;
    writeAtomically(progressFile(root), text);
    markChecked(root, text);
    return entry;
  }));
  updates = update;
  return update;
}

async function withLock<T>(root: string, work: () => Promise<T>): Promise<T> {
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
    return await work();
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
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Named as the workspace has it, like every package file in a message. */
function brokenFile(what: string): KataError {
  return new KataError('BAD_PROGRESS', `${PROGRESS_FILE} ${what}`, 'fix it by hand, or delete it to start the record afresh (your solutions are not in it)');
}
