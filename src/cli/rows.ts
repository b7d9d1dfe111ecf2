/** The rows of `kata list` (and `next`, `progress`): every package's title, difficulty and tags, validated, and its status. */
import { listSlugs, loadProblem } from '../problem/load.ts';
import type { Status } from '../problem/progress.ts';
import { isKataError } from '../util/errors.ts';
import { escapeControls } from '../util/text.ts';

/** What a package says of itself, validated: the part of a row that does not depend on the solver. */
export interface PackageRow {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  error?: string;
}

export interface Row extends PackageRow {
  status: Status;
}

/** Titles and tags are the author's text, and packages may come from strangers: escaped, like statements. */
export function loadPackageRows(root: string): PackageRow[] {
  return listSlugs(root).map((slug): PackageRow => {
    try {
      const { meta } = loadProblem(root, slug);
      return { slug, title: escapeControls(meta.title), difficulty: meta.difficulty, tags: meta.tags.map(escapeControls) };
    } catch (error) {
      if (!isKataError(error)) throw error;
      return { slug, title: '', difficulty: '', tags: [], error: error.message };
    }
  });
}
