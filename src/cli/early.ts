/**
 * What kata can start before the CLI itself loads. The launcher calls begin() with argv as soon as the
 * build is found, then loads commander, the command and the judge, which takes longer than Node's start.
 *
 * For `kata test <slug>` on the solver's own solution, a worker thread to run it starts booting here, so
 * that the two take their time side by side, when the solution looks as if it has no inline form (it
 * names console, an import, a timer...: inline-form.ts decides for sure): without one, the cases run in
 * a thread. It is a guess made from argv and unvalidated files, checked later: test.ts takes the thread
 * only if the validated problem and the prepared runtime are the ones it was started for, and ends it
 * otherwise, having cost only some time on another core.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findWorkspace } from '../problem/workspace.ts';
import type { StartedThread } from '../judge/thread-sandbox.ts';

let early: { slug: string; thread: StartedThread; end: (worker: StartedThread['worker']) => void } | null = null;

/** What in a solution's source makes it likely to have no inline form (inline-form.ts has the full list). */
const NOT_INLINE = /\b(?:console|process|set(?:Timeout|Interval|Immediate)|queueMicrotask|structuredClone|Buffer|performance|require|TextEncoder|TextDecoder|URL|crypto|fetch|globalThis)\b|\bimport\s*[(.]|\bfrom\s*['"](?!kata\/structures['"])/;

/** Where prepareRuntime puts the bundled thread harness, inside the cache. */
const HARNESS_PATH = /^runtime-[0-9a-f]{16}\/judge\/sandbox\/thread-harness(\.bundle)?\.mjs$/;

/** Every command passes here first, so it imports almost nothing until it knows there is a thread to start. */
export async function begin(argv: readonly string[]): Promise<void> {
  const [command, slug, ...rest] = argv.slice(2);
  // Only the plain form: any option that could change the file, the workspace or the isolation is left to the CLI.
  if (command !== 'test' || !slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug) || rest.some((arg) => !['--no-typecheck', '--verbose', '--json'].includes(arg))) return;
  if (process.env.KATA_ISOLATION !== undefined) return;
  try {
    const root = findWorkspace(process.cwd());
    if (!NOT_INLINE.test(readFileSync(join(root, 'solutions', `${slug}.ts`), 'utf8'))) return;
    const memoryMb = (JSON.parse(readFileSync(join(root, 'problems', slug, 'problem.json'), 'utf8')) as { limits?: { memoryMb?: unknown } }).limits?.memoryMb;
    if (typeof memoryMb !== 'number' || !Number.isInteger(memoryMb) || memoryMb <= 0) return;
    const [{ startThread, THREAD_HARNESS_POINTER }, { endThread }] = await Promise.all([import('../judge/thread-sandbox.ts'), import('../judge/threads.ts')]);
    const cacheDir = join(root, '.kata', 'cache');
    const harness = readFileSync(join(cacheDir, THREAD_HARNESS_POINTER), 'utf8');
    // The pointer is a file anyone with the workspace can write: only a harness kata prepared is started.
    if (!HARNESS_PATH.test(relative(cacheDir, harness)) || !existsSync(harness)) return;
    early = { slug, thread: startThread(harness, memoryMb), end: endThread };
  } catch {
    // no workspace, no such problem, no runtime prepared yet: the CLI starts its thread itself
  }
}

/** The thread begun for this solution, if it was begun with this harness and heap limit; one begun otherwise ends here. */
export function takeEarlyThread(slug: string, harness: string, memoryMb: number): StartedThread | undefined {
  const taken = early;
  early = null;
  if (!taken) return undefined;
  if (taken.slug === slug && taken.thread.harness === harness && taken.thread.memoryMb === memoryMb) return taken.thread;
  taken.end(taken.thread.worker);
  return undefined;
}
