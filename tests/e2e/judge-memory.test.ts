/** The judge's own memory stays bounded, and no sandbox outlives its judgment, over 200 judgments. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadHiddenCases, loadProblem } from '../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, REPO, temporaryFolder } from '../helpers.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The processes whose parent is this one, read from /proc (no procps needed). */
function childProcesses(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return new RegExp(`^PPid:\\s+${process.pid}$`, 'm').test(readFileSync(`/proc/${pid}/status`, 'utf8'));
      } catch {
        return false; // the process ended while we looked
      }
    });
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

it('keeps the heap bounded and leaves no child process over 200 consecutive judgments', async () => {
  const cacheDir = temporaryFolder('kata-memory-');
  const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
  const cases = [...problem.examples, ...loadHiddenCases(FIXTURE_WORKSPACE, problem)];
  const solutions = ['add-correct.ts', 'add-wrong.ts', 'add-throws.ts', 'add-prints.ts'].map((name) => join(REPO, 'tests', 'fixtures', 'solutions', name));
  const judgeOnce = (i: number) => judgeSolution({ problem, cases, solutionFile: solutions[i % solutions.length]!, solutionLabel: 'solution.ts', cacheDir });

  for (let i = 0; i < 20; i++) await judgeOnce(i);
  const before = heapAfterGc();
  for (let i = 0; i < 200; i++) {
    const judgment = await judgeOnce(i);
    expect(judgment.total).toBe(5);
  }
  const growthMb = (heapAfterGc() - before) / 1024 / 1024;

  expect(growthMb).toBeLessThan(8);
  expect(childProcesses()).toEqual([]);
}, 180_000);
