/**
 * What a grade covers: the solutions in a folder, matched to problems by file name, in one of two layouts.
 *
 * - flat: `DIR/<slug>.ts`, one person's solutions (the submitter is null);
 * - class: `DIR/<submitter>/<slug>.ts`, a folder per student or team.
 *
 * Everything else is reported, never silently ignored: a file that matches no problem (with the closest
 * slug), a folder or link where a solution should be, and every problem a submitter did not attempt.
 * Symbolic links are refused: a link to a problem's hidden cases must not be read as a solution.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KataError } from '../../util/errors.ts';
import { closestMatches } from '../../util/text.ts';

export interface Submission {
  submitter: string | null;
  slug: string;
  file: string;
}

export interface Unmatched {
  submitter: string | null;
  file: string;
  reason: string;
}

export interface Missing {
  submitter: string | null;
  slug: string;
}

export interface Discovery {
  layout: 'flat' | 'class';
  submitters: (string | null)[];
  submissions: Submission[];
  unmatched: Unmatched[];
  missing: Missing[];
}

const SOLUTION = /\.ts$/;

/** The solutions in `dir` for the problems `slugs`, in a stable order: submitter, then problem. */
export function discover(dir: string, slugs: readonly string[]): Discovery {
  const entries = list(dir);
  const files = entries.filter((entry) => !entry.isDirectory);
  const folders = entries.filter((entry) => entry.isDirectory);
  const flat = files.some((entry) => SOLUTION.test(entry.name));
  if (flat && folders.length > 0) {
    throw new KataError(
      'USAGE',
      `${dir} holds both solution files (${files.find((entry) => SOLUTION.test(entry.name))!.name}) and folders (${folders[0]!.name}/)`,
      'grade one layout at a time: DIR/<slug>.ts for one person, or DIR/<submitter>/<slug>.ts for a class',
    );
  }
  if (!flat && folders.length > 0) {
    const groups = folders.map((folder) => ({ submitter: folder.name, ...match(join(dir, folder.name), list(join(dir, folder.name)), folder.name, slugs) }));
    const stray = files.map((entry) => ({ submitter: null, file: join(dir, entry.name), reason: 'a file beside the submitters\' folders; each submitter\'s solutions go in DIR/<submitter>/<slug>.ts' }));
    return {
      layout: 'class',
      submitters: folders.map((folder) => folder.name),
      submissions: groups.flatMap((group) => group.submissions),
      unmatched: [...stray, ...groups.flatMap((group) => group.unmatched)],
      missing: groups.flatMap((group) => group.missing),
    };
  }
  const one = match(dir, entries, null, slugs);
  return { layout: 'flat', submitters: [null], ...one };
}

interface Entry {
  name: string;
  isDirectory: boolean;
  isLink: boolean;
}

function list(dir: string): Entry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new KataError('USAGE', `${dir} is a file, not a folder of solutions`, 'kata grade takes a folder; to judge one file, run kata judge <slug> --solution <file>');
    throw new KataError('USAGE', `cannot read the folder ${dir}`, 'give the folder of solutions: DIR/<slug>.ts, or DIR/<submitter>/<slug>.ts for a class');
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const stat = lstatSync(join(dir, name));
      return { name, isDirectory: stat.isDirectory(), isLink: stat.isSymbolicLink() };
    });
}

function match(dir: string, entries: Entry[], submitter: string | null, slugs: readonly string[]): Pick<Discovery, 'submissions' | 'unmatched' | 'missing'> {
  const submissions: Submission[] = [];
  const unmatched: Unmatched[] = [];
  for (const entry of entries) {
    const file = join(dir, entry.name);
    const slug = entry.name.replace(SOLUTION, '');
    if (entry.isLink) unmatched.push({ submitter, file, reason: 'a symbolic link; kata grades regular files only' });
    else if (entry.isDirectory) unmatched.push({ submitter, file, reason: submitter === null ? 'a folder among solution files' : 'a folder inside a submitter\'s folder; solutions go directly in it' });
    else if (!SOLUTION.test(entry.name)) unmatched.push({ submitter, file, reason: 'not a TypeScript file (<slug>.ts)' });
    else if (!slugs.includes(slug)) unmatched.push({ submitter, file, reason: noProblem(slug, slugs) });
    else submissions.push({ submitter, slug, file });
  }
  const attempted = new Set(submissions.map((submission) => submission.slug));
  const missing = slugs.filter((slug) => !attempted.has(slug)).map((slug) => ({ submitter, slug }));
  return { submissions, unmatched, missing };
}

function noProblem(slug: string, slugs: readonly string[]): string {
  const close = closestMatches(slug, slugs, 1);
  return `no problem "${slug}" is graded${close.length > 0 ? `; did you mean ${close[0]}.ts?` : ''}`;
}
