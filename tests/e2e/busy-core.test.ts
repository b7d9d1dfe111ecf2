/**
 * With another process keeping a core fully busy, the bank's references stay AC and their wrong/tle-*
 * solutions stay TLE, on every run: time limits are on CPU time, and a calibrated limit is measured
 * (here, under the same load) from the reference's own CPU time. Two problems with calibrated limits
 * and one with a fixed limit; KATA_BUSY_RUNS sets how many times each is judged (default 2; KATA_BUSY_RUNS=20 for the full check).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIsolation, useIsolation } from '../../src/judge/isolation.ts';
import { materializeCases } from '../../src/judge/generate.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadHiddenCases, loadProblem } from '../../src/problem/load.ts';
import { REPO, temporaryFolder } from '../helpers.ts';

const RUNS = Number(process.env.KATA_BUSY_RUNS ?? 2);
const cacheDir = join(temporaryFolder('kata-busy-'), 'cache');
const PROBLEMS = [
  { slug: 'two-sum', tle: 'tle-pairs.ts' },
  { slug: 'sliding-window-maximum', tle: 'tle-recompute-each-window.ts' },
  { slug: 'valid-parentheses', tle: 'tle-repeated-replace.ts' },
];

let hog: ChildProcess | undefined;
beforeAll(() => {
  useIsolation(chooseIsolation());
  hog = spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' });
});
afterAll(() => {
  hog?.kill('SIGKILL');
});

describe.each(PROBLEMS)('$slug with another core fully busy', ({ slug, tle }) => {
  it(`keeps the reference AC and wrong/${tle} TLE, ${RUNS} runs out of ${RUNS}`, async () => {
    const problem = loadProblem(REPO, slug);
    const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(REPO, problem)], cacheDir);
    const judge = (file: string) => judgeSolution({ problem, cases, solutionFile: join(problem.dir, file), solutionLabel: file, cacheDir });
    const seen: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const reference = await judge('reference.ts');
      const slow = await judge(join('wrong', tle));
      seen.push(`${reference.verdict}/${slow.verdict}`);
      const failed = [...reference.cases, ...slow.cases].filter((c) => c.verdict !== 'AC' && c.verdict !== 'SKIPPED').map((c) => `${c.id} ${c.verdict} ${c.timeMs} ${c.message ?? ''}`);
      expect(reference.verdict, `run ${run + 1}: ${failed.join('; ')}`).toBe('AC');
      expect(slow.verdict, `run ${run + 1}: ${failed.join('; ')}`).toBe('TLE');
    }
    expect(seen).toEqual(Array(RUNS).fill('AC/TLE'));
  }, 40_000 * RUNS);
});
