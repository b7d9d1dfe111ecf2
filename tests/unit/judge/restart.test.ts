/**
 * A judgment whose host is restarted (the timing repeats of a case hung) and whose solution then does
 * not load again: the next case gets the load failure as its verdict, the rest are skipped, and nothing
 * runs on the host that did not load. The hosts are stand-ins, so that the second load can fail on cue.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SolutionHost } from '../../../src/judge/host.ts';
import type { LoadOutcome, RepeatOutcome, RunOutcome } from '../../../src/judge/sandbox/outcomes.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../../helpers.ts';

const hosts = vi.hoisted(() => ({ made: [] as (() => unknown)[], runsOnFailed: 0 }));
vi.mock('../../../src/judge/host.ts', async (original) => ({
  ...(await original<typeof import('../../../src/judge/host.ts')>()),
  openHost: () => hosts.made.shift()!(),
}));
const { judgeSolution } = await import('../../../src/judge/judge.ts');
const { loadProblem } = await import('../../../src/problem/load.ts');

function host(load: LoadOutcome, answers: unknown[], repeat: RepeatOutcome): SolutionHost {
  return {
    alive: true,
    load: async () => load,
    run: async (): Promise<RunOutcome> => {
      if (load.kind !== 'ready') hosts.runsOnFailed++;
      return { kind: 'returned', value: answers.shift(), ignoredReturn: false, output: '', outputBytes: 0, elapsedMs: 1, waitedMs: 1, cpuMs: 0, timeMs: 0.01 };
    },
    repeat: async () => repeat,
    dispose: async () => undefined,
  };
}

describe('a restart whose load fails', () => {
  it('gives the next case the load failure, skips the rest, and runs nothing on the host that did not load', async () => {
    const dir = temporaryFolder('kata-restart-');
    const solutionFile = join(dir, 'add.ts');
    writeFileSync(solutionFile, 'export function add(a: number, b: number): number { return a + b; }\n');
    const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
    const cases = [...problem.examples, { ...problem.examples[0]!, id: 'example-3' }];
    hosts.made.push(
      () => host({ kind: 'ready' }, [3], { kind: 'timeout', timeMs: 1000 }),
      () => host({ kind: 'load-failed', verdict: 'RE', error: { name: 'Error', message: 'no second start' } }, [0, 3], { kind: 'timings', times: [], elapsedMs: 0, waitedMs: 0, cpuMs: 0 }),
    );
    const judgment = await judgeSolution({ problem, cases, solutionFile, solutionLabel: 'solutions/add.ts', cacheDir: join(dir, 'cache'), typecheck: false });
    expect(judgment.cases.map((c) => c.verdict)).toEqual(['AC', 'RE', 'SKIPPED']);
    expect(judgment.cases[1]!.message).toContain('solutions/add.ts does not load: no second start');
    expect(judgment.cases[1]!.message).toContain('loaded again for this case');
    expect(hosts.runsOnFailed).toBe(0);
  });
});
