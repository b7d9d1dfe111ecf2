/**
 * `kata new <slug>`: writes solutions/<slug>.ts from the template; never overwrites without --force.
 * Also writes solutions/tsconfig.json when there is none, so that an editor checks solutions as kata
 * does; one that exists is the user's, and is never written over (not even with --force).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadProblem } from '../../problem/load.ts';
import { renderStub } from '../../problem/stub.ts';
import { renderSolutionsTsconfig } from '../../judge/solution-env.ts';
import { KataError } from '../../util/errors.ts';
import type { CliContext } from '../context.ts';

export async function run(context: CliContext, slug: string, options: { force?: boolean }): Promise<number> {
  const problem = loadProblem(context.root(), slug);
  const file = join(context.root(), 'solutions', `${slug}.ts`);
  if (existsSync(file) && !options.force) {
    throw new KataError('EXISTS', `${context.display(file)} already exists; kata will not overwrite your work`, `edit it and run "kata test ${slug}", or pass --force to start over`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderStub(problem));
  context.out(`wrote ${context.display(file)}`);
  const tsconfig = join(dirname(file), 'tsconfig.json');
  if (!existsSync(tsconfig)) {
    writeFileSync(tsconfig, renderSolutionsTsconfig(dirname(tsconfig)));
    context.out(`wrote ${context.display(tsconfig)} (your editor's settings: the type check kata runs on solutions)`);
  }
  context.out(context.style.dim(`next: read the statement (kata show ${slug}), fill in the function, then kata test ${slug}`));
  return 0;
}
