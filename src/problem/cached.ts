/**
 * Loading a problem without the package schemas, when nothing changed since it was last validated.
 * Loading zod and validating through it cost more than the rest of `kata test` together, for data that
 * changes only when a file does. So the loaded problem is kept in the cache, keyed by the text of what
 * loadProblem reads (problem.json, examples.json) and by the rules that validate it (format-key.ts);
 * any change takes the full, validated path. A broken package is never kept, so it is reported every time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { sha256 } from '../util/hash.ts';
import { PROBLEM_FILES, problemDir } from './files.ts';
import { formatKey, textOf } from './format-key.ts';
import type { Problem } from './load.ts';

export async function loadProblemCached(root: string, cacheDir: string, slug: string): Promise<Problem> {
  const dir = problemDir(root, slug);
  const key = sha256(formatKey(), '\0', dir, '\0', textOf(join(dir, PROBLEM_FILES.meta)), '\0', textOf(join(dir, PROBLEM_FILES.examples)));
  const file = join(cacheDir, 'problems', `${slug}.bin`);
  const cached = readCache(file);
  if (cached?.key === key) return cached.problem;
  const { loadProblem } = await import('./load.ts');
  const problem = loadProblem(root, slug);
  writeCache(file, { key, problem });
  return problem;
}

interface Entry {
  key: string;
  problem: Problem;
}

function readCache(file: string): Entry | null {
  try {
    const entry = deserialize(readFileSync(file)) as Partial<Entry>;
    return typeof entry?.key === 'string' && typeof entry.problem === 'object' ? (entry as Entry) : null;
  } catch {
    return null;
  }
}

/** The cache only saves time: one that cannot be written is skipped. Replaced by a rename, never seen half written. */
function writeCache(file: string, entry: Entry): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize(entry));
    renameSync(temporary, file);
  } catch {
    // a read-only workspace, or a value v8 cannot serialize: validated every time
  }
}
