/** `kata progress`: solved, attempted and untouched problems, by difficulty and by tag, and the streak of days. */
import { readProgress, streaks, type Status } from '../../problem/progress.ts';
import type { CliContext } from '../context.ts';
import { listRows, type Row } from '../rows.ts';

type Counts = Record<Status, number> & { total: number };

interface Summary {
  total: Counts;
  byDifficulty: Record<string, Counts>;
  byTag: Record<string, Counts>;
  streak: { current: number; longest: number };
  hintsUsed: number;
  reveals: number;
}

export async function run(context: CliContext, options: { json?: boolean }): Promise<number> {
  const root = context.root();
  const progress = await readProgress(root);
  const rows = (await listRows(root, context.cacheDir(), progress)).filter((row) => row.error === undefined);
  const entries = Object.values(progress.problems);
  const summary: Summary = {
    total: count(rows),
    byDifficulty: groupBy(rows, (row) => [row.difficulty]),
    byTag: groupBy(rows, (row) => row.tags),
    streak: streaks(progress.days),
    hintsUsed: entries.reduce((sum, entry) => sum + entry.hintsUsed, 0),
    reveals: entries.reduce((sum, entry) => sum + entry.reveals, 0),
  };
  if (options.json) context.out(JSON.stringify(summary));
  else print(context, summary);
  return 0;
}

function count(rows: readonly Row[]): Counts {
  const counts: Counts = { solved: 0, attempted: 0, new: 0, total: rows.length };
  for (const row of rows) counts[row.status]++;
  return counts;
}

function groupBy(rows: readonly Row[], keys: (row: Row) => string[]): Record<string, Counts> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) for (const key of keys(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  return Object.fromEntries([...groups].map(([key, members]) => [key, count(members)]));
}

function print(context: CliContext, summary: Summary): void {
  const { style } = context;
  const line = (label: string, counts: Counts, width: number) =>
    `  ${label.padEnd(width)}  ${bar(counts, style)}  ${style.pass(`${counts.solved} solved`)}, ${counts.attempted} attempted, ${style.dim(`${counts.new} new`)}  ${style.dim(`of ${counts.total}`)}`;
  const { total, streak } = summary;
  context.out(`${style.bold('Progress')}  ${total.solved}/${total.total} solved, ${total.attempted} attempted, ${total.new} untouched`);
  context.out(`${style.dim('streak:')} ${streak.current} day${streak.current === 1 ? '' : 's'} (longest ${streak.longest})   ${style.dim('hints used:')} ${summary.hintsUsed}   ${style.dim('cases revealed:')} ${summary.reveals}`);
  context.out(`\n${style.bold('By difficulty')}`);
  const difficulties = ['easy', 'medium', 'hard'].filter((d) => summary.byDifficulty[d]);
  for (const difficulty of difficulties) context.out(line(difficulty, summary.byDifficulty[difficulty]!, 6));
  context.out(`\n${style.bold('By tag')}`);
  const tags = Object.keys(summary.byTag).sort();
  const width = Math.max(0, ...tags.map((tag) => tag.length));
  for (const tag of tags) context.out(line(tag, summary.byTag[tag]!, width));
  context.out(`\n${style.dim('kata next picks the next unsolved problem')}`);
}

const BAR = 20;

/** Solved, then attempted, then new, as a bar of BAR cells. */
function bar(counts: Counts, style: CliContext['style']): string {
  if (counts.total === 0) return ' '.repeat(BAR);
  const solved = Math.round((counts.solved / counts.total) * BAR);
  const attempted = Math.min(BAR - solved, Math.round((counts.attempted / counts.total) * BAR));
  return `${style.pass('█'.repeat(solved))}${style.warn('▒'.repeat(attempted))}${style.dim('·'.repeat(BAR - solved - attempted))}`;
}
