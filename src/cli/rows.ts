/**
 * The rows of `kata list` (and `next`, `progress`): every package's title, difficulty and tags, validated,
 * and the solver's status. Packages load through the index of problem.json files (problem/meta-index.ts),
 * so an unchanged package costs no schema, and a broken one is reported every time without costing the others theirs.
 */
import { loadMetas } from '../problem/meta-index.ts';
import { listSlugs } from '../problem/files.ts';
import { EMPTY_PROGRESS, readProgress, statusOf, type Progress, type Status } from '../problem/progress.ts';
import { isKataError } from '../util/errors.ts';
import { escapeControls } from '../util/text.ts';
import type { CliContext } from './context.ts';

export interface Row {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  status: Status;
  error?: string;
}

/** Titles and tags are the author's text, and packages may come from strangers: escaped, like statements. */
export async function listRows(root: string, cacheDir: string, progress: Progress): Promise<Row[]> {
  const slugs = listSlugs(root);
  const metas = await loadMetas(root, cacheDir, slugs);
  return slugs.map((slug) => {
    const status = statusOf(progress.problems[slug]);
    const meta = metas.get(slug)!;
    if (isKataError(meta)) return { slug, title: '', difficulty: '', tags: [], status, error: meta.message };
    return { slug, title: escapeControls(meta.title), difficulty: meta.difficulty, tags: meta.tags.map(escapeControls), status };
  });
}

/**
 * The record for a command that only shows status (list, next): a broken one is said in a note and
 * read as empty, rather than keeping the solver from the problems. `kata progress` reports it as an error.
 */
export async function progressOrNote(context: CliContext): Promise<Progress> {
  try {
    return await readProgress(context.root());
  } catch (error) {
    if (!isKataError(error)) throw error;
    context.err(`${context.style.warn('note:')} ${error.message}; showing every problem as new. ${error.hint ?? ''}`);
    return structuredClone(EMPTY_PROGRESS);
  }
}
