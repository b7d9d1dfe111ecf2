/**
 * Which solution file a command works on, and where a practice command runs it. Kept apart from
 * judging.ts, so that kata test can start its solution's thread before loading the judge.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HostKind } from '../judge/host.ts';
import { KataError } from '../util/errors.ts';
import type { CliContext } from './context.ts';

/** The solution most recently saved: where a solver who just typed `kata watch` is working. */
export function lastSaved(solutions: string): string {
  const files = existsSync(solutions) ? readdirSync(solutions).filter((name) => name.endsWith('.ts')) : [];
  const latest = files.map((name) => ({ name, time: statSync(join(solutions, name)).mtimeMs })).sort((a, b) => b.time - a.time)[0];
  if (!latest) throw new KataError('NO_SOLUTION', `no solution in ${solutions} to watch`, 'kata next picks a problem, and kata new <slug> starts it');
  return latest.name.slice(0, -'.ts'.length);
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
  return context.isolation === undefined && solutionFile === join(context.root(), 'solutions', `${slug}.ts`) ? 'thread' : 'process';
}
