/**
 * `kata list` without the package schemas. Validating every package through zod cost several times a
 * bare Node start, for rows that only change when a file does. So the rows are kept in the cache, keyed
 * by the text of everything they are made from: each package's problem.json and examples.json (what
 * loadProblem reads), progress.json, and kata's own src/problem/ sources (the rules that validate them).
 * Any change takes the full, validated path; rows with a broken package are never kept, so it is
 * reported every time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listSlugs, PROBLEM_FILES } from '../problem/files.ts';
import { formatKey, textOf } from '../problem/format-key.ts';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';
import type { Row } from './rows.ts';

const PROGRESS = join('.kata', 'progress.json');

export async function listRows(root: string, cacheDir: string): Promise<Row[]> {
  const slugs = listSlugs(root);
  const key = rowsKey(root, slugs);
  const file = join(cacheDir, 'list-rows.json');
  const cached = readCache(file);
  if (cached?.key === key) return cached.rows;
  const [{ loadRows }, { readProgress }] = await Promise.all([import('./rows.ts'), import('../problem/progress.ts')]);
  const rows = loadRows(root, await readProgress(root));
  if (rows.every((row) => row.error === undefined)) writeCache(file, { key, rows });
  return rows;
}

function rowsKey(root: string, slugs: readonly string[]): string {
  const parts = [formatKey()];
  // How a row is made from a package is part of what a cached row depends on.
  parts.push(textOf(join(SRC_DIR, 'cli', 'rows.ts')));
  for (const slug of slugs) {
    const dir = join(root, 'problems', slug);
    parts.push(slug, textOf(join(dir, PROBLEM_FILES.meta)), textOf(join(dir, PROBLEM_FILES.examples)));
  }
  parts.push(textOf(join(root, PROGRESS)));
  return sha256(parts.join('\0\0'));
}

function readCache(file: string): { key: string; rows: Row[] } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { key: string; rows: Row[] };
  } catch {
    return null;
  }
}

/** The cache only saves time: one that cannot be written is skipped. Replaced by a rename, never seen half written. */
function writeCache(file: string, content: { key: string; rows: Row[] }): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, file);
  } catch {
    // read-only workspace: list validates every time
  }
}
