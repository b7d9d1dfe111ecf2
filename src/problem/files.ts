/**
 * The files of a problem package and the list of packages in a workspace. Kept apart from load.ts,
 * which validates them, so that a command can list packages without loading the schemas.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KataError } from '../util/errors.ts';
import { closestMatches, SLUG_PATTERN } from '../util/text.ts';

export const PROBLEM_FILES = {
  meta: 'problem.json',
  statement: 'statement.md',
  examples: 'examples.json',
  hidden: 'hidden.json',
  reference: 'reference.ts',
} as const;

/** A problem's generator of hidden cases, where it has one (judge/generate.ts runs it). */
export const GENERATOR_FILE = 'generator.ts';

/** Every folder of problems/ that holds a problem.json, sorted. */
export function listSlugs(root: string): string[] {
  const problemsDir = join(root, 'problems');
  return readdirSync(problemsDir)
    .filter((name) => existsSync(join(problemsDir, name, PROBLEM_FILES.meta)))
    .sort();
}

/**
 * A problem's folder; an unknown slug is a usage error that suggests the nearest ones. Only a failure
 * lists the workspace's packages (for the suggestions): this runs once per package in kata list.
 */
export function problemDir(root: string, slug: string): string {
  const dir = join(root, 'problems', slug);
  // The pattern keeps a path (`../x`) out of the quick test; any other folder name is checked by the list.
  if (SLUG_PATTERN.test(slug) && existsSync(join(dir, PROBLEM_FILES.meta))) return dir;
  const slugs = listSlugs(root);
  if (slugs.includes(slug)) return dir;
  const suggestions = closestMatches(slug, slugs);
  throw new KataError(
    'UNKNOWN_PROBLEM',
    `unknown problem "${slug}"`,
    suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? (kata list shows all)` : 'kata list shows all problems',
  );
}
