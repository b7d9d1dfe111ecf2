/**
 * Every package's problem.json, validated, for the commands that list problems (list, next, progress),
 * from one index file. Going through the problem cache (cached.ts) read and hashed two files and read
 * one cache entry per package, most of `kata list`'s own time on a bank of 45. The index keys each
 * package by what the file system says of those two files (inode, size, modification and change times):
 * any write moves the change time, which no program can set back, and takes the validated path again.
 * As git does for its index, a package written in the last seconds is not indexed: a second write in the
 * same tick of a coarse clock (FAT's 2 s) would leave the same stamp on other content.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isKataError, type KataError } from '../util/errors.ts';
import { tryWriteAtomically } from '../util/fs.ts';
import { loadProblemCached } from './cached.ts';
import { PROBLEM_FILES } from './files.ts';
import { formatKey } from './format-key.ts';
import type { ProblemJson } from './schema.ts';

/** JSON, as the problem.json files it holds: v8's serializer would load Node's streams, about 4 ms of kata list here. */
const INDEX_FILE = 'problem-index.json';
/** How recent a write may be for its package to be indexed; recent ones load through the problem cache until then. */
const SETTLED_MS = 3000;

interface Index {
  /** The rules the entries were validated by (format-key.ts). */
  rules: string;
  entries: Record<string, { stamp: string; meta: ProblemJson }>;
}

/** Each slug's validated problem.json, or the KataError that says why its package is broken. */
export async function loadMetas(root: string, cacheDir: string, slugs: readonly string[]): Promise<Map<string, ProblemJson | KataError>> {
  const file = join(cacheDir, INDEX_FILE);
  const rules = formatKey();
  const old = readIndex(file, rules);
  const index: Index = { rules, entries: {} };
  const metas = new Map<string, ProblemJson | KataError>();
  let changed = old === null;
  for (const slug of slugs) {
    // Taken before loading: a file written meanwhile leaves an older stamp, which the next run does not match.
    const { stamp, newestMs } = stampOf(join(root, 'problems', slug));
    const known = old?.entries[slug];
    if (known !== undefined && known.stamp === stamp) {
      index.entries[slug] = known;
      metas.set(slug, known.meta);
      continue;
    }
    changed = true;
    try {
      const { meta } = await loadProblemCached(root, cacheDir, slug);
      if (Date.now() - newestMs >= SETTLED_MS) index.entries[slug] = { stamp, meta };
      metas.set(slug, meta);
    } catch (error) {
      if (!isKataError(error)) throw error;
      metas.set(slug, error); // a broken package is never indexed: it is reported every time
    }
  }
  if (changed || Object.keys(old?.entries ?? {}).length !== Object.keys(index.entries).length) tryWriteAtomically(file, JSON.stringify(index));
  return metas;
}

function readIndex(file: string, rules: string): Index | null {
  let index: Partial<Index> | null;
  try {
    index = JSON.parse(readFileSync(file, 'utf8')) as Partial<Index> | null;
  } catch {
    return null; // missing or unreadable, as a cache may be
  }
  return index?.rules === rules && typeof index.entries === 'object' && index.entries !== null ? (index as Index) : null;
}

/** The files the problem cache keys a package by, as the file system describes them (a missing one is "-"), and their latest time. */
function stampOf(dir: string): { stamp: string; newestMs: number } {
  let newestMs = 0;
  const stamp = [PROBLEM_FILES.meta, PROBLEM_FILES.examples]
    .map((name) => {
      const stat = statSync(join(dir, name), { throwIfNoEntry: false });
      if (stat === undefined) return '-';
      newestMs = Math.max(newestMs, stat.mtimeMs, stat.ctimeMs);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
    })
    .join('|');
  return { stamp, newestMs };
}
