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

/** Judges three cases: the first's timing repeats hang, and the solution does not load again for the second. */
async function judgeWithFailedReload(secondKind: 'example' | 'hidden') {
  const dir = temporaryFolder('kata-restart-');
  const solutionFile = join(dir, 'add.ts');
  writeFileSync(solutionFile, 'export function add(a: number, b: number): number { return a + b; }\n');
  const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
  const [first, second] = problem.examples;
  const cases = [first!, { ...second!, kind: secondKind, id: `${secondKind}-2` }, { ...first!, id: 'example-3' }];
  hosts.made.push(
    () => host({ kind: 'ready' }, [3], { kind: 'timeout', timeMs: 1000 }),
    () => host({ kind: 'load-failed', verdict: 'RE', error: { name: 'Error', message: 'no second start' } }, [0, 3], { kind: 'timings', times: [], elapsedMs: 0, waitedMs: 0, cpuMs: 0 }),
  );
  return judgeSolution({ problem, cases, solutionFile, solutionLabel: 'solutions/add.ts', cacheDir: join(dir, 'cache'), typecheck: false });
}

describe('a restart whose load fails', () => {
  it('gives the next case the load failure, skips the rest, and runs nothing on the host that did not load', async () => {
    hosts.runsOnFailed = 0;
    const judgment = await judgeWithFailedReload('example');
    expect(judgment.cases.map((c) => c.verdict)).toEqual(['AC', 'RE', 'SKIPPED']);
    expect(judgment.cases[1]!.message).toContain('solutions/add.ts does not load: no second start');
    expect(judgment.cases[1]!.message).toContain('did not load again after a restart');
    expect(hosts.runsOnFailed).toBe(0);
  });

  it("keeps the solution's own words off a hidden case", async () => {
    const judgment = await judgeWithFailedReload('hidden');
    expect(judgment.cases.map((c) => c.verdict)).toEqual(['AC', 'RE', 'SKIPPED']);
    expect(judgment.cases[1]!.message).toBe('the solution did not load again after a restart');
  });
});
