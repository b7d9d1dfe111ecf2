/** `kata list`: every problem with its title, difficulty and tags. */
import { listSlugs, loadProblem } from '../../problem/load.ts';
import type { CliContext } from '../context.ts';

export async function run(context: CliContext, options: { json?: boolean }): Promise<number> {
  const root = context.root();
  const rows = listSlugs(root).map((slug) => {
    const { meta } = loadProblem(root, slug);
    return { slug, title: meta.title, difficulty: meta.difficulty, tags: meta.tags };
  });
  if (options.json) {
    context.out(JSON.stringify(rows));
    return 0;
  }
  if (rows.length === 0) {
    context.out('no problems yet: kata add <slug> scaffolds one');
    return 0;
  }
  const slugWidth = Math.max(...rows.map((row) => row.slug.length));
  const titleWidth = Math.max(...rows.map((row) => row.title.length));
  const { style } = context;
  for (const row of rows) {
    const difficulty = row.difficulty === 'easy' ? style.pass : row.difficulty === 'medium' ? style.warn : style.fail;
    context.out(`${row.slug.padEnd(slugWidth)}  ${row.title.padEnd(titleWidth)}  ${difficulty(row.difficulty.padEnd(6))}  ${style.dim(row.tags.join(', '))}`);
  }
  return 0;
}
