/** `kata list`: every problem with its title, difficulty and tags; a broken package is flagged, not fatal. */
import { listSlugs, loadProblem } from '../../problem/load.ts';
import { isKataError } from '../../util/errors.ts';
import { EXIT, type CliContext } from '../context.ts';

interface Row {
  slug: string;
  title: string;
  difficulty: string;
  tags: string[];
  error?: string;
}

export async function run(context: CliContext, options: { json?: boolean }): Promise<number> {
  const root = context.root();
  const rows = listSlugs(root).map((slug): Row => {
    try {
      const { meta } = loadProblem(root, slug);
      return { slug, title: meta.title, difficulty: meta.difficulty, tags: meta.tags };
    } catch (error) {
      if (!isKataError(error)) throw error;
      return { slug, title: '', difficulty: '', tags: [], error: error.message };
    }
  });
  const broken = rows.filter((row) => row.error !== undefined);
  if (options.json) context.out(JSON.stringify(rows));
  else printTable(context, rows);
  if (broken.length === 0) return EXIT.OK;
  if (!options.json) {
    context.err(context.style.fail(`${broken.length} package${broken.length === 1 ? ' is' : 's are'} broken:`));
    for (const row of broken) context.err(`  ${row.error}`);
    context.err(context.style.dim(`hint: kata validate ${broken.map((row) => row.slug).join(' ')} lists every problem in ${broken.length === 1 ? 'it' : 'them'}`));
  }
  return EXIT.USAGE;
}

function printTable(context: CliContext, rows: Row[]): void {
  if (rows.length === 0) {
    context.out('no problems yet: kata add <slug> scaffolds one');
    return;
  }
  const { style } = context;
  const slugWidth = Math.max(...rows.map((row) => row.slug.length));
  const titleWidth = Math.max(...rows.map((row) => row.title.length));
  for (const row of rows) {
    if (row.error !== undefined) {
      context.out(`${row.slug.padEnd(slugWidth)}  ${style.fail('(broken package: see below)')}`);
      continue;
    }
    const difficulty = row.difficulty === 'easy' ? style.pass : row.difficulty === 'medium' ? style.warn : style.fail;
    context.out(`${row.slug.padEnd(slugWidth)}  ${row.title.padEnd(titleWidth)}  ${difficulty(row.difficulty.padEnd(6))}  ${style.dim(row.tags.join(', '))}`);
  }
}
