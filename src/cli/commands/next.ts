/** `kata next`: the next unsolved problem, easiest first (started ones before new ones), and the command that starts it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { statusOf, type Progress } from '../../problem/progress.ts';
import type { CliContext } from '../context.ts';
import { filterRows, type ListFilter } from './list.ts';
import { listRows, progressOrNote, type Row } from '../rows.ts';

const DIFFICULTY_RANK: Record<string, number> = { easy: 0, medium: 1, hard: 2 };
const STATUS_RANK = { attempted: 0, new: 1, solved: 2 } as const;

/** The next unsolved problem (other than `skip`), or undefined when every one that matches is solved. */
export async function pickNext(context: CliContext, progress: Progress, options: ListFilter, skip?: string): Promise<Row | undefined> {
  const rows = filterRows(await listRows(context.root(), context.cacheDir(), progress), { ...options, todo: true }).filter((row) => row.error === undefined && row.slug !== skip);
  rows.sort((a, b) => (DIFFICULTY_RANK[a.difficulty] ?? 3) - (DIFFICULTY_RANK[b.difficulty] ?? 3) || STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.slug.localeCompare(b.slug));
  return rows[0];
}

export async function run(context: CliContext, options: ListFilter): Promise<number> {
  const root = context.root();
  const progress = await progressOrNote(context);
  const next = await pickNext(context, progress, options);
  const { style } = context;
  if (!next) {
    const filtered = options.tag !== undefined || options.difficulty !== undefined;
    context.out(filtered ? 'every problem that matches is solved: kata list shows them all' : 'every problem is solved: kata add <slug> writes a new one');
    return 0;
  }
  const started = statusOf(progress.problems[next.slug]) === 'attempted';
  const hasSolution = existsSync(join(root, 'solutions', `${next.slug}.ts`));
  context.out(`${style.bold(next.slug)}  ${next.title}  ${style.dim(`${next.difficulty} · ${next.tags.join(', ')}${started ? ' · started' : ''}`)}`);
  context.out(`${style.dim('start:')} ${hasSolution ? `kata test ${next.slug}` : `kata new ${next.slug}`}   ${style.dim(`(kata show ${next.slug} reads the statement)`)}`);
  return 0;
}
