/**
 * The files of a problem package and the list of packages in a workspace. Kept apart from load.ts,
 * which validates them, so that a command can list packages without loading the schemas.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KataError } from '../util/errors.ts';
import { closestMatches } from '../util/text.ts';

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

/** A problem's folder; an unknown slug is a usage error that suggests the nearest ones. */
export function problemDir(root: string, slug: string): string {
  const slugs = listSlugs(root);
  if (!slugs.includes(slug)) {
    const suggestions = closestMatches(slug, slugs);
    throw new KataError(
      'UNKNOWN_PROBLEM',
      `unknown problem "${slug}"`,
      suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? (kata list shows all)` : 'kata list shows all problems',
    );
  }
  return join(root, 'problems', slug);
}

