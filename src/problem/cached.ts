/**
 * Loading a problem without the package schemas, when nothing changed since it was last validated.
 * Loading zod and validating through it cost more than the rest of `kata test` together, for data that
 * changes only when a file does. So the loaded problem is kept in the cache, keyed by the text of what
 * loadProblem reads (problem.json, examples.json) and by the rules that validate it (format-key.ts);
 * any change takes the full, validated path. A broken package is never kept, so it is reported every time.
 */
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { readSerialized, tryWriteAtomically } from '../util/fs.ts';
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
  const entry = readSerialized(file) as Partial<Entry> | null;
  return typeof entry?.key === 'string' && typeof entry.problem === 'object' ? (entry as Entry) : null;
}

/** The cache only saves time: a value v8 cannot serialize, or a read-only workspace, means validating every time. */
function writeCache(file: string, entry: Entry): void {
  let bytes: Uint8Array;
  try {
    bytes = serialize(entry);
  } catch {
    return;
  }
  tryWriteAtomically(file, bytes);
}
