/**
 * Which solution file a command works on, and where a practice command runs it. Kept apart from
 * judging.ts, so that kata test can start its solution's thread before loading the judge.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HostKind } from '../judge/host.ts';
import { listSlugs } from '../problem/files.ts';
import { KataError } from '../util/errors.ts';
import type { CliContext } from './context.ts';

/**
 * The problem whose solution was saved last: where a solver who just typed `kata watch` or `kata hint`
 * is working. Only files named after a problem count (a scratch file in solutions/ is not one).
 */
export function lastSaved(root: string): string {
  const solutions = join(root, 'solutions');
  const slugs = new Set(listSlugs(root));
  const files = existsSync(solutions) ? readdirSync(solutions).filter((name) => name.endsWith('.ts') && slugs.has(name.slice(0, -'.ts'.length))) : [];
  const saved = files.flatMap((name) => {
    try {
      return [{ name, time: statSync(join(solutions, name)).mtimeMs }];
    } catch {
      return []; // removed meanwhile
    }
  });
  const latest = saved.sort((a, b) => b.time - a.time)[0];
  if (!latest) throw new KataError('NO_SOLUTION', 'no solution in solutions/ is named after a problem', 'give the problem\'s slug, or start one: kata next picks a problem, and kata new <slug> writes its solution');
  return latest.name.slice(0, -'.ts'.length);
}

/** The workspace's own solution of a problem (what progress records), not another file given with --solution. */
export function isOwnSolution(context: CliContext, slug: string, file: string): boolean {
  return file === join(context.root(), 'solutions', `${slug}.ts`);
}

export function solutionPath(context: CliContext, slug: string, given: string | undefined): string {
  const file = given ? context.resolvePath(given) : join(context.root(), 'solutions', `${slug}.ts`);
  if (!existsSync(file)) {
    const hint = given ? 'check the path given to --solution' : `run "kata new ${slug}" to create it with the typed signature`;
    throw new KataError('NO_SOLUTION', `no solution file at ${context.display(file)}`, hint);
  }
  if (!statSync(file).isFile()) throw new KataError('NO_SOLUTION', `${context.display(file)} is not a file`, 'give the path of a .ts file');
  return file;
}

/**
 * Where a practice command (test, watch's examples) runs a solution: the solver's own file, in a
 * workspace where nobody asked for a layer of isolation, runs in a worker thread of kata (host.ts),
 * many times faster to start than a sandboxed process. Any other file, or an explicit --isolation
 * (or KATA_ISOLATION), gets the sandboxed process that judge and grade always use.
 */
export function practiceHost(context: CliContext, slug: string, solutionFile: string): HostKind {
  return context.isolation === undefined && isOwnSolution(context, slug, solutionFile) ? 'thread' : 'process';
}
