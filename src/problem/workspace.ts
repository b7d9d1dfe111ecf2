/**
 * Finding the workspace: the folder that holds problems/. Kept apart from loading, so that every command
 * can find it without loading the package schemas.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KataError } from '../util/errors.ts';

/** The nearest folder at or above `start` that has a `problems/` folder. */
export function findWorkspace(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (isDirectory(join(dir, 'problems'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new KataError(
        'NO_WORKSPACE',
        `no problems/ folder in ${resolve(start)} or any folder above it`,
        'run kata inside a kata checkout (the folder with problems/), or pass --root <that folder>',
      );
    }
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
