/** `kata hint [slug]`: the next hint of the package's hints.md, after the ones already shown; recorded in progress. */
import { loadProblemCached } from '../../problem/cached.ts';
import { readHints } from '../../problem/lint.ts';
import { readProgress, recordHint } from '../../problem/progress.ts';
import { renderMarkdown } from '../../report/markdown.ts';
import type { CliContext } from '../context.ts';
import { lastSaved } from '../solution-file.ts';

export async function run(context: CliContext, given: string | undefined): Promise<number> {
  const root = context.root();
  // Without a slug: the problem whose solution was saved last, as kata watch does.
  const slug = given ?? lastSaved(root);
  const problem = await loadProblemCached(root, context.cacheDir(), slug);
  const hints = readHints(problem.dir);
  const { style } = context;
  if (hints.length === 0) {
    const solved = (await readProgress(root)).problems[slug]?.solved !== undefined;
    context.out(`${slug} has no hints.${solved ? '' : ` ${style.dim(`kata judge ${slug} --reveal shows a failing hidden case in full`)}`}`);
    return 0;
  }
  const { entry, revealed } = await recordHint(root, slug, hints.length);
  const solved = entry.solved !== undefined;
  const shown = entry.hintsUsed;
  const used = revealed ? shown - 1 : shown;
  const width = Math.min(process.stdout.isTTY ? process.stdout.columns || 80 : 80, 100);
  hints.slice(0, shown).forEach((hint, index) => {
    const label = `Hint ${index + 1} of ${hints.length}${given === undefined && index === 0 ? ` (${slug})` : ''}:`;
    const isNew = index === used;
    const text = renderMarkdown(hint, { width: width - 2, style }).join('\n  ');
    context.out(`${isNew ? style.bold(label) : style.dim(label)}\n  ${isNew ? text : style.dim(text)}`);
  });
  const last = solved ? 'that was the last hint' : `that was the last hint; kata judge ${slug} --reveal shows a failing hidden case in full`;
  context.out(style.dim(shown < hints.length ? `kata hint ${slug} shows the next one` : last));
  return 0;
}
