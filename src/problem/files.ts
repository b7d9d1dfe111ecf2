/**
 * The files of a problem package and the list of packages in a workspace. Kept apart from load.ts,
 * which validates them, so that a command can list packages without loading the schemas.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PROBLEM_FILES = {
  meta: 'problem.json',
  statement: 'statement.md',
  examples: 'examples.json',
  hidden: 'hidden.json',
  reference: 'reference.ts',
} as const;

/** Every folder of problems/ that holds a problem.json, sorted. */
export function listSlugs(root: string): string[] {
  const problemsDir = join(root, 'problems');
  return readdirSync(problemsDir)
    .filter((name) => existsSync(join(problemsDir, name, PROBLEM_FILES.meta)))
    .sort();
}
