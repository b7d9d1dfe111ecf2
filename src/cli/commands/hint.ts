/** `kata hint [slug]`: the next hint of the package's hints.md, after the ones already shown; recorded in progress. */
import { loadProblemCached } from '../../problem/cached.ts';
import { readHints } from '../../problem/lint.ts';
import { readProgress, recordHint } from '../../problem/progress.ts';
import { renderMarkdown } from '../../report/markdown.ts';
import { isKataError, type KataError } from '../../util/errors.ts';
import type { CliContext } from '../context.ts';
import { lastSaved } from '../solution-file.ts';
import { outIsTerminal } from '../output.ts';

export async function run(context: CliContext, given: string | undefined): Promise<number> {
  const root = context.root();
  // Without a slug: the problem whose solution was saved last, as kata watch does.
  const slug = given ?? lastSaved(root);
  const problem = await loadProblemCached(root, context.cacheDir(), slug);
  const hints = readHints(problem.dir);
  const { style } = context;
  const seen = await nextHint(root, slug, hints.length);
  if (seen.notRecorded && hints.length > 0) {
    const more = hints.length > 1 ? '; until then kata hint shows only the first hint' : '';
    context.err(`${style.warn('note:')} hint not recorded: ${seen.notRecorded.message} (${seen.notRecorded.hint ?? ''})${more}`);
  }
  if (hints.length === 0) {
    context.out(`${slug} has no hints.${seen.solved ? '' : ` ${style.dim(`kata judge ${slug} --reveal shows a failing hidden case in full`)}`}`);
    return 0;
  }
  const { shown, used, solved } = seen;
  const width = Math.min(outIsTerminal() ? process.stdout.columns || 80 : 80, 100);
  hints.slice(0, shown).forEach((hint, index) => {
    const label = `Hint ${index + 1} of ${hints.length}${given === undefined && index === 0 ? ` (${slug})` : ''}:`;
    const isNew = index === used;
    const text = renderMarkdown(hint, { width: width - 2, style }).join('\n  ');
    context.out(`${isNew ? style.bold(label) : style.dim(label)}\n  ${isNew ? text : style.dim(text)}`);
  });
  const last = solved ? 'that was the last hint' : `that was the last hint; kata judge ${slug} --reveal shows a failing hidden case in full`;
  if (!seen.notRecorded) context.out(style.dim(shown < hints.length ? `kata hint ${slug} shows the next one` : last));
  return 0;
}

/**
 * Records one more hint seen (of `available`): how many to show, and which is new (`used` of them were
 * shown before). A progress file kata cannot read is the solver's to fix, never written over: then the
 * first hint is shown, nothing is recorded, and `notRecorded` says why. kata watch's h uses it too.
 */
export async function nextHint(root: string, slug: string, available: number): Promise<{ shown: number; used: number; solved: boolean; notRecorded?: KataError }> {
  try {
    if (available === 0) return { shown: 0, used: 0, solved: (await readProgress(root)).problems[slug]?.solved !== undefined };
    const { entry, revealed } = await recordHint(root, slug, available);
    return { shown: entry.hintsUsed, used: revealed ? entry.hintsUsed - 1 : entry.hintsUsed, solved: entry.solved !== undefined };
  } catch (error) {
    if (!isKataError(error) || error.code !== 'BAD_PROGRESS') throw error;
    return { shown: Math.min(available, 1), used: 0, solved: false, notRecorded: error };
  }
}
