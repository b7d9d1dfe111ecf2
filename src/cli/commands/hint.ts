/** `kata hint <slug>`: the next hint of the package's hints.md, after the ones already shown; recorded in progress. */
import { readHints } from '../../problem/lint.ts';
import { loadProblem } from '../../problem/load.ts';
import { readProgress, recordHint } from '../../problem/progress.ts';
import type { CliContext } from '../context.ts';

export async function run(context: CliContext, slug: string): Promise<number> {
  const root = context.root();
  const problem = loadProblem(root, slug);
  const hints = readHints(problem.dir);
  const { style } = context;
  if (hints.length === 0) {
    context.out(`${slug} has no hints. ${style.dim(`kata judge ${slug} --reveal shows a failing case in full`)}`);
    return 0;
  }
  const used = readProgress(root).problems[slug]?.hintsUsed ?? 0;
  const shown = Math.min(used + 1, hints.length);
  hints.slice(0, shown).forEach((hint, index) => {
    const label = `Hint ${index + 1} of ${hints.length}:`;
    const isNew = index === used;
    context.out(`${isNew ? style.bold(label) : style.dim(label)} ${isNew ? hint : style.dim(hint)}`);
  });
  if (used < hints.length) recordHint(root, slug);
  const next = shown < hints.length ? `kata hint ${slug} shows the next one` : `that was the last hint; kata judge ${slug} --reveal shows a failing case in full`;
  context.out(style.dim(next));
  return 0;
}
