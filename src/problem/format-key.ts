/**
 * What a cache of validated package data depends on besides the package's own files: the rules that
 * validated it, which are kata's src/problem/ sources. Hashed by their text, once per process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../util/hash.ts';
import { SRC_DIR } from '../util/paths.ts';

let known: string | null = null;

export function formatKey(): string {
  if (known !== null) return known;
  const dir = join(SRC_DIR, 'problem');
  const parts = readdirSync(dir).sort().map((name) => `${name}\0${textOf(join(dir, name))}`);
  known = sha256(parts.join('\0\0'));
  return known;
}

/** A file's text; a missing file is marked apart from an empty one. */
export function textOf(file: string): string {
  return existsSync(file) ? `+${readFileSync(file, 'utf8')}` : '-';
}
