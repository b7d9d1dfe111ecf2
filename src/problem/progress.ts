/**
 * The solver's record, `.kata/progress.json` in the workspace: per problem, the
 * attempts, first and last attempt, when it was solved, the best time, hints and
 * reveals used. Two kata processes may write at once (a watch and a judge in
 * another terminal), so every change is a read-modify-write under a lock file,
 * and the file is replaced by a rename, never left half written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress, ProblemProgress, Verdict } from './progress-schema.ts';
import { sha256 } from '../util/hash.ts';
import { isKataError, KataError } from '../util/errors.ts';
import { tryWriteAtomically, withFileLock, writeAtomically } from '../util/fs.ts';
import { formatKey } from './format-key.ts';
import { sameData } from './values.ts';

export const PROGRESS_FILE = join('.kata', 'progress.json');

export type { Progress, ProblemProgress } from './progress-schema.ts';
export type Attempt = { kind: 'test' | 'judge'; verdict: Verdict; timeMs: number; at?: Date };

export const EMPTY_PROGRESS: Progress = { version: 1, problems: {}, days: [] };

export function progressFile(root: string): string {
  return join(root, PROGRESS_FILE);
}

type Schema = (typeof import('./progress-schema.ts'))['ProgressSchema'];

/**
 * The record as it is on disk; an empty one when there is none yet. The text kata last wrote or checked
 * is known by its hash (in the cache), and is read without the schemas: loading zod to check kata's own
 * output would cost more than the command that records. Any other text is checked in full.
 */
export async function readProgress(root: string): Promise<Progress> {
  const read = readWith(root, null);
  return read !== NEEDS_SCHEMA ? read : readWith(root, await loadSchema()) as Progress;
}

const NEEDS_SCHEMA = Symbol('needs the schema');

async function loadSchema(): Promise<Schema> {
  return (await import('./progress-schema.ts')).ProgressSchema;
}

/** Synchronous, so that it can run under the lock; without the schema, only a text kata vouched for is read. */
function readWith(root: string, schema: Schema | null): Progress | typeof NEEDS_SCHEMA {
  const file = progressFile(root);
  let text: string;
  try {
    if (!existsSync(file)) return structuredClone(EMPTY_PROGRESS);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw brokenFile(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw brokenFile('is not valid JSON');
  }
  if (readChecked(root) === checkedKey(text)) return data as Progress;
  if (!schema) return NEEDS_SCHEMA;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw brokenFile(`does not match the progress format (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`);
  // Vouched for only when the schema added nothing (no defaults filled in): a trusted read skips the schema.
  if (sameData(parsed.data, data)) markChecked(root, text);
  return parsed.data;
}

/** The text, and the rules it was checked by: a text checked by another version of the format is checked again. */
function checkedKey(text: string): string {
  return sha256(formatKey(), '\0', text);
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
  tryWriteAtomically(checkedFile(root), checkedKey(text));
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

/**
 * Reveals the next of a problem's `available` hints, in order (the count is also the index of the next
 * one), in one step under the lock: two kata hint at once show two hints, not the same one twice.
 * `revealed` is false when every hint was already shown.
 */
export async function recordHint(root: string, slug: string, available = Infinity): Promise<{ entry: ProblemProgress; revealed: boolean }> {
  let revealed = false;
  const entry = await updateProblem(root, slug, (current) => {
    revealed = current.hintsUsed < available;
    if (revealed) current.hintsUsed++;
  });
  return { entry, revealed };
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

/**
 * A read-modify-write under the lock, synchronous inside it. A record that needs the schemas to be read
 * has them loaded first, outside the lock, and the update starts again.
 */
async function updateProblem(root: string, slug: string, change: (entry: ProblemProgress, progress: Progress) => void): Promise<ProblemProgress> {
  let schema: Schema | null = null;
  for (;;) {
    const updated = lockedUpdate(root, slug, change, schema);
    if (updated !== NEEDS_SCHEMA) return updated;
    schema = await loadSchema();
  }
}

function lockedUpdate(root: string, slug: string, change: (entry: ProblemProgress, progress: Progress) => void, schema: Schema | null): ProblemProgress | typeof NEEDS_SCHEMA {
  try {
    return withFileLock(`${progressFile(root)}.lock`, `${PROGRESS_FILE}.lock`, () => {
      const progress = readWith(root, schema);
      if (progress === NEEDS_SCHEMA) return NEEDS_SCHEMA;
      const entry = progress.problems[slug] ?? { attempts: 0, hintsUsed: 0, reveals: 0 };
      change(entry, progress);
      progress.problems[slug] = entry;
      const text = `${JSON.stringify(progress, null, 2)}\n`;
      writeAtomically(progressFile(root), text);
      markChecked(root, text);
      return entry;
    });
  } catch (error) {
    if (isKataError(error)) throw error;
    // A folder kata may not write to, a full disk: said as the record's problem, not as kata's bug.
    throw brokenFile(`cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Named as the workspace has it, like every package file in a message. */
function brokenFile(what: string): KataError {
  return new KataError('BAD_PROGRESS', `${PROGRESS_FILE} ${what}`, 'fix it by hand, or delete it to start the record afresh (your solutions are not in it)');
}
