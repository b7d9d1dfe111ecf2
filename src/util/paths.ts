/**
 * Where kata's own files are. kata may run from its TypeScript sources (tests, tsx) or from the
 * JavaScript the launcher bundles them into (.kata/build/), so paths are found from the package root,
 * the nearest folder above this module whose package.json names kata, not relative to this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kata') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`kata's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export const KATA_ROOT = packageRoot();
export const SRC_DIR = join(KATA_ROOT, 'src');
export const TEMPLATES_DIR = join(KATA_ROOT, 'templates');

export function kataVersion(): string {
  return (JSON.parse(readFileSync(join(KATA_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
