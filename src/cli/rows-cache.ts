/**
 * `kata list` without the package schemas. Validating every package through zod cost several times a
 * bare Node start, for rows that only change when a file does. So each package's part of the rows is
 * kept in the cache, keyed by the text of everything it is made from: each package's problem.json and
 * examples.json (what loadProblem reads), and kata's own src/problem/ sources (the rules that validate
 * them). The solver's status is applied afresh each time, so that recording an attempt (every kata test)
 * does not throw the cache away. Any change takes the full, validated path; rows with a broken package
 * are never kept, so it is reported every time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSlugs, PROBLEM_FILES } from '../problem/files.ts';
import { formatKey, textOf } from '../problem/format-key.ts';
import { readProgress, statusOf, type Progress } from '../problem/progress.ts';
import { isKataError } from '../util/errors.ts';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';
import type { CliContext } from './context.ts';
import type { PackageRow, Row } from './rows.ts';

/** Every package's row with the solver's status; `progress` is the record to take it from. */
export async function listRows(root: string, cacheDir: string, progress: Progress): Promise<Row[]> {
  return (await packageRows(root, cacheDir)).map((row) => ({ ...row, status: statusOf(progress.problems[row.slug]) }));
}

async function packageRows(root: string, cacheDir: string): Promise<PackageRow[]> {
  const key = rowsKey(root, listSlugs(root));
  const file = join(cacheDir, 'list-rows.json');
  const cached = readCache(file);
  if (cached?.key === key) return cached.rows;
  const { loadPackageRows } = await import('./rows.ts');
  const rows = loadPackageRows(root);
  if (rows.every((row) => row.error === undefined)) writeCache(file, { key, rows });
  return rows;
}

/**
 * The record for a command that only shows status (list, next): a broken one is said in a note and
 * read as empty, rather than keeping the solver from the problems. `kata progress` reports it as an error.
 */
export async function progressOrNote(context: CliContext): Promise<Progress> {
  try {
    return await readProgress(context.root());
  } catch (error) {
    if (!isKataError(error)) throw error;
    context.err(`${context.style.warn('note:')} ${error.message}; showing every problem as new (${error.hint ?? ''})`);
    return { version: 1, problems: {}, days: [] };
  }
}

function rowsKey(root: string, slugs: readonly string[]): string {
  const parts = [formatKey()];
  // How a row is made from a package is part of what a cached row depends on.
  parts.push(textOf(join(SRC_DIR, 'cli', 'rows.ts')));
  for (const slug of slugs) {
    const dir = join(root, 'problems', slug);
    parts.push(slug, textOf(join(dir, PROBLEM_FILES.meta)), textOf(join(dir, PROBLEM_FILES.examples)));
  }
  return sha256(parts.join('\0\0'));
}

function readCache(file: string): { key: string; rows: PackageRow[] } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { key: string; rows: PackageRow[] };
  } catch {
    return null;
  }
}

/** The cache only saves time: one that cannot be written is skipped. Replaced by a rename, never seen half written. */
function writeCache(file: string, content: { key: string; rows: PackageRow[] }): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, file);
  } catch {
    // read-only workspace: list validates every time
  }
}
