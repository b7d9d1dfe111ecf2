/**
 * A solution near its time limit gets the same verdict on a busy machine as on an idle one: the limit
 * is on its CPU time, which its neighbours do not take from it. (Decided on wall time, this solution
 * turns into TLE as soon as two other processes compete for the two cores.) Nor does a pause of the
 * judge's own thread count against a solution that answered in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeSolution } from '../../src/judge/judge.ts';
import { wallLimitMs } from '../../src/judge/limits.ts';
import { loadProblem } from '../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../helpers.ts';

const dir = temporaryFolder('kata-fairness-');
const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
const limitMs = problem.meta.limits.timeMs as number;
// 70% of the limit in CPU time, measured inside the call.
const solution = join(dir, 'near-limit.ts');
writeFileSync(solution, `export function add(a: number, b: number): number {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ${Math.round(limitMs * 0.7)}) return a + b;
  }
}
`);

const hogs: ChildProcess[] = [];
afterAll(() => hogs.forEach((hog) => hog.kill('SIGKILL')));

function judge() {
  return judgeSolution({ problem, cases: problem.examples.slice(0, 1), solutionFile: solution, solutionLabel: 'near-limit.ts', cacheDir: join(dir, 'cache') });
}

describe('time limits on a busy machine', () => {
  it('accept a solution at 70% of its limit, alone and with every core taken twice over by other processes', async () => {
    const alone = await judge();
    expect(alone.verdict, JSON.stringify(alone)).toBe('AC');
    for (let i = 0; i < availableParallelism() * 2; i++) hogs.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }));
    const started = performance.now();
    const busy = await judge();
    const wallMs = performance.now() - started;
    expect(busy.verdict, JSON.stringify(busy)).toBe('AC');
    // The machine really was busy: the judgment took longer than the limit in wall time.
    expect(wallMs).toBeGreaterThan(limitMs);
  });
});

describe('a pause of the judge itself', () => {
  // Each call takes 50 ms, so that its reply comes while the judge's thread is held.
  const quick = join(dir, 'quick.ts');
  writeFileSync(quick, 'export function add(a: number, b: number): number {\n  const until = performance.now() + 50;\n  while (performance.now() < until);\n  return a + b;\n}\n');
  const limitMs = 300;

  for (const host of ['process', 'thread'] as const) {
    it(`is not charged to a solution that answered in time (${host})`, async () => {
      let paused = false;
      const judgment = await judgeSolution({
        problem,
        cases: problem.examples.slice(0, 2),
        solutionFile: quick,
        solutionLabel: 'quick.ts',
        cacheDir: join(dir, 'cache'),
        timeLimitMs: limitMs,
        host,
        // Once the first case is judged, the second request goes out at once; then the judge's thread
        // is held past the wall limit, as a long garbage collection or an author's generator holds it.
        onCase: () => {
          if (paused) return;
          paused = true;
          setTimeout(() => {
            const until = performance.now() + wallLimitMs(limitMs) + 700;
            while (performance.now() < until);
          }, 0);
        },
      });
      expect(paused).toBe(true);
      expect(judgment.verdict, JSON.stringify(judgment.cases)).toBe('AC');
    });
  }
});
