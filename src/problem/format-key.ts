/**
 * What a cache of validated package data depends on besides the package's own files: the rules that
 * validated it, which are kata's src/problem/ sources. Keyed by their names, sizes and modification
 * times, as bin/launch.js keys kata's build: reading them all on every command would cost more.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';
import { BUILD_KEY } from '../util/build-key.ts';

let known: string | null = null;

export function formatKey(): string {
  // The build's key is coarser (any source's change moves it), and already paid for at start.
  known ??= BUILD_KEY ?? keyOfProblemSources();
  return known;
}

function keyOfProblemSources(): string {
  const dir = join(SRC_DIR, 'problem');
  const parts = readdirSync(dir).sort().map((name) => {
    const stat = statSync(join(dir, name));
    return `${name}\0${stat.size}\0${stat.mtimeMs}`;
  });
  return sha256(parts.join('\0'));
}

/** A file's text; a missing file is marked apart from an empty one. */
export function textOf(file: string): string {
  return existsSync(file) ? `+${readFileSync(file, 'utf8')}` : '-';
}
