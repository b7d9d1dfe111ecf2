/** The rows of `kata list` (and `next`, `progress`): every package's title, difficulty and tags, validated, and its status. */
import { listSlugs, loadProblem } from '../problem/load.ts';
import { statusOf, type Progress, type Status } from '../problem/progress.ts';
import { isKataError } from '../util/errors.ts';
import { escapeControls } from '../util/text.ts';

export interface Row {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  status: Status;
  error?: string;
}

/** Titles and tags are the author's text, and packages may come from strangers: escaped, like statements. */
export function loadRows(root: string, progress: Progress): Row[] {
  return listSlugs(root).map((slug): Row => {
    const status = statusOf(progress.problems[slug]);
    try {
      const { meta } = loadProblem(root, slug);
      return { slug, title: escapeControls(meta.title), difficulty: meta.difficulty, tags: meta.tags.map(escapeControls), status };
    } catch (error) {
      if (!isKataError(error)) throw error;
      return { slug, title: '', difficulty: '', tags: [], status, error: error.message };
    }
  });
}
