/**
 * `kata list`: every problem with its status (solved, attempted, new), title, difficulty and tags,
 * filtered by --tag, --difficulty and --todo; a broken package is flagged, not fatal.
 */
import { KataError } from '../../util/errors.ts';
import { closestMatches } from '../../util/text.ts';
import type { Status } from '../../problem/progress.ts';
import { EXIT, type CliContext } from '../context.ts';
import { listRows, progressOrNote, type Row } from '../rows.ts';
import { outIsTerminal } from '../output.ts';

export interface ListFilter {
  tag?: string;
  difficulty?: string;
  todo?: boolean;
}

const DIFFICULTIES = ['easy', 'medium', 'hard'];

export async function run(context: CliContext, options: ListFilter & { json?: boolean }): Promise<number> {
  const root = context.root();
  const all = await listRows(root, context.cacheDir(), await progressOrNote(context));
  const rows = filterRows(all, options);
  const broken = rows.filter((row) => row.error !== undefined);
  if (options.json) context.out(JSON.stringify(rows));
  else printTable(context, rows, all.length, all.filter((row) => row.status === 'solved').length);
  if (broken.length === 0) return EXIT.OK;
  if (!options.json) {
    context.err(context.style.fail(`${broken.length} package${broken.length === 1 ? ' is' : 's are'} broken:`));
    for (const row of broken) context.err(`  ${row.error}`);
    context.err(context.style.dim(`hint: kata validate ${broken.map((row) => row.slug).join(' ')} lists every problem in ${broken.length === 1 ? 'it' : 'them'}`));
  }
  return EXIT.USAGE;
}

/** The rows that match; an unknown tag or difficulty is a usage error naming the known ones. */
export function filterRows(rows: readonly Row[], filter: ListFilter): Row[] {
  if (filter.difficulty !== undefined && !DIFFICULTIES.includes(filter.difficulty)) {
    throw new KataError('USAGE', `unknown difficulty "${filter.difficulty}"`, `use one of ${DIFFICULTIES.join(', ')}`);
  }
  const tags = [...new Set(rows.flatMap((row) => row.tags))].sort();
  if (filter.tag !== undefined && !tags.includes(filter.tag)) {
    const close = closestMatches(filter.tag, tags);
    throw new KataError('USAGE', `no problem is tagged "${filter.tag}"`, close.length > 0 ? `did you mean ${close.map((t) => `"${t}"`).join(' or ')}?` : `tags in use: ${tags.join(', ')}`);
  }
  return rows.filter(
    (row) =>
      (filter.tag === undefined || row.tags.includes(filter.tag)) &&
      (filter.difficulty === undefined || row.difficulty === filter.difficulty) &&
      (!filter.todo || row.status !== 'solved'),
  );
}

/** `solvedInAll`: of every problem, not only the rows shown (--todo shows none of them). */
function printTable(context: CliContext, rows: Row[], total: number, solvedInAll: number): void {
  const { style } = context;
  if (rows.length === 0) {
    context.out(total === 0 ? 'no problems yet: kata add <slug> scaffolds one' : 'no problem matches: kata list without filters shows all');
    return;
  }
  const statusWidth = 9;
  const slugWidth = Math.max(4, ...rows.map((row) => row.slug.length));
  const titleWidth = Math.max(5, ...rows.map((row) => row.title.length));
  const columns = outIsTerminal() ? process.stdout.columns || 80 : Infinity;
  // Slug, status and difficulty always show in full; the title, then the tags give way on a narrow terminal.
  const fixed = statusWidth + 2 + slugWidth + 2 + 6 + 2;
  const titleShown = Math.max(10, Math.min(titleWidth, columns - fixed - 12));
  const tagsShown = Math.max(0, columns - fixed - titleShown - 2);
  context.out(style.dim(`${'STATUS'.padEnd(statusWidth)}  ${'SLUG'.padEnd(slugWidth)}  ${'TITLE'.padEnd(titleShown)}  ${'LEVEL'.padEnd(6)}  TAGS`));
  for (const row of rows) {
    const status = statusText(row.status, statusWidth, style);
    if (row.error !== undefined) {
      context.out(`${status}  ${row.slug.padEnd(slugWidth)}  ${style.fail('(broken package: see below)')}`);
      continue;
    }
    const difficulty = row.difficulty === 'easy' ? style.pass : row.difficulty === 'medium' ? style.warn : style.fail;
    context.out(`${status}  ${row.slug.padEnd(slugWidth)}  ${cut(row.title, titleShown).padEnd(titleShown)}  ${difficulty(row.difficulty.padEnd(6))}  ${style.dim(cut(row.tags.join(', '), tagsShown))}`);
  }
  const shown = `${rows.length} problem${rows.length === 1 ? '' : 's'}${rows.length < total ? ` of ${total}` : ''}`;
  context.out(style.dim(`\n${shown}, ${solvedInAll} solved in all · kata next picks one`));
}

/** Padded before it is coloured: colour codes take no columns on screen. */
function statusText(status: Status, width: number, style: CliContext['style']): string {
  if (status === 'solved') return style.pass('✓ solved'.padEnd(width));
  if (status === 'attempted') return style.warn('attempted'.padEnd(width));
  return style.dim('new'.padEnd(width));
}

function cut(text: string, width: number): string {
  if (width === Infinity || text.length <= width) return text;
  return width <= 1 ? text.slice(0, width) : `${text.slice(0, width - 1)}…`;
}
