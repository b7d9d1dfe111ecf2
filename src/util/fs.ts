/**
 * Writing files so that no reader sees half of one, and a lock for read-modify-write by several kata
 * processes at once (a watch in one terminal, a judge in another). No heavy imports: these run on start-up.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize } from 'node:v8';
import { KataError } from './errors.ts';

/** A name no other writer picks: the process id alone repeats across containers that share a folder. */
function uniqueSuffix(): string {
  return `${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

/** Writes to a temporary file beside the target, then renames it over the target in one step. */
export function writeAtomically(target: string, content: string | Uint8Array): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${uniqueSuffix()}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A cache file written with v8's serialize; null when it is missing or unreadable, as a cache may be. */
export function readSerialized(file: string): unknown {
  try {
    return deserialize(readFileSync(file));
  } catch {
    return null;
  }
}

/** For caches, which only save time: false when the file cannot be written (a read-only workspace). */
export function tryWriteAtomically(target: string, content: string | Uint8Array): boolean {
  try {
    writeAtomically(target, content);
    return true;
  } catch {
    return false;
  }
}

/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 10_000;
const LOCK_WAIT_MS = 5_000;

/**
 * Runs `work` (synchronous, so that the lock is never held across a wait) while holding `lock`, a file
 * that holds a token of this holder. A stale lock is taken over by renaming it away, which only one
 * waiter can do; the lock is removed at the end only if it still holds this holder's token.
 */
export function withFileLock<T>(lock: string, shown: string, work: () => T): T {
  mkdirSync(dirname(lock), { recursive: true });
  const token = uniqueSuffix();
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, token);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lock)) takeOver(lock, readOrNull(lock));
      else if (Date.now() > deadline) throw new KataError('LOCKED', `${shown} has been held for ${LOCK_WAIT_MS / 1000} s`, 'another kata is writing it; if none runs, delete the lock file');
      else sleep(5);
    }
  }
  try {
    return work();
  } finally {
    if (readOrNull(lock) === token) rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false; // removed meanwhile: try again
  }
}

/**
 * Moves a stale lock aside (a rename: only one waiter can). If what was moved is not the stale lock seen
 * (another waiter took over first and holds a fresh one), it is put back, unless a lock exists again.
 */
function takeOver(lock: string, staleToken: string | null): void {
  const aside = `${lock}.${uniqueSuffix()}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // taken over, or released, by someone else
  }
  try {
    if (readOrNull(aside) !== staleToken) linkSync(aside, lock);
  } catch {
    // a new lock exists already
  } finally {
    rmSync(aside, { force: true });
  }
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
