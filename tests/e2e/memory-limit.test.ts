/**
 * The memory limit is the solution's own: what Node and the harness hold before the solution loads is
 * measured and not counted, so a 64 MB limit lets a solution use nearly 64 MB (an empty Node process
 * alone takes about 40 MB of it otherwise), and a solution far over it is still MLE.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseIsolation, useIsolation } from '../../src/judge/isolation.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadHiddenCases, loadProblem, type Problem } from '../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, REPO, temporaryFolder } from '../helpers.ts';

const LIMIT_MB = 64;
const dir = temporaryFolder('kata-memory-limit-');
const fixture = loadProblem(FIXTURE_WORKSPACE, 'add');
const problem: Problem = { ...fixture, meta: { ...fixture.meta, limits: { timeMs: 2000, memoryMb: LIMIT_MB } } };

/** A solution that holds `mb` MB, written to every page so that it is resident, until it returns. */
function holding(name: string, mb: number, kind: 'typed' | 'array'): string {
  const file = join(dir, name);
  const allocate =
    kind === 'typed'
      ? `const held = new Float64Array(${mb} * 131072).fill(1);`
      : // Filled with a double, each element is a pointer to a boxed number: 16 bytes.
        `const held: number[] = new Array(${mb} * 65536).fill(0.5);`;
  writeFileSync(file, `export function add(a: number, b: number): number {\n  ${allocate}\n  return a + b + held.length * 0;\n}\n`);
  return file;
}

function judge(file: string) {
  return judgeSolution({ problem, cases: problem.examples.slice(0, 1), solutionFile: file, solutionLabel: 'solution.ts', cacheDir: join(dir, 'cache') });
}

describe(`a ${LIMIT_MB} MB memory limit`, () => {
  useIsolation(chooseIsolation());

  it('accepts a solution that holds 48 MB outside the heap (a typed array)', async () => {
    const judgment = await judge(holding('typed-under.ts', 48, 'typed'));
    expect(judgment.verdict, JSON.stringify(judgment)).toBe('AC');
  });

  it('accepts a solution that holds 40 MB on the heap, and reports about that much heap for the example', async () => {
    const judgment = await judge(holding('heap-under.ts', 40, 'array'));
    expect(judgment.verdict, JSON.stringify(judgment)).toBe('AC');
    const heapMb = judgment.cases[0]!.peakHeapMb!;
    expect(heapMb).toBeGreaterThan(35);
    expect(heapMb).toBeLessThan(LIMIT_MB);
  });

  it('gives MLE to a solution that holds 160 MB outside the heap', async () => {
    const judgment = await judge(holding('typed-over.ts', 160, 'typed'));
    expect(judgment.verdict, JSON.stringify(judgment)).toBe('MLE');
  });

  it('gives MLE to a solution that holds 160 MB on the heap', async () => {
    const judgment = await judge(holding('heap-over.ts', 160, 'array'));
    expect(judgment.verdict, JSON.stringify(judgment)).toBe('MLE');
  });
});

describe('garbage in a sandboxed process', () => {
  useIsolation(chooseIsolation());

  it('is not counted as use: a correct knapsack that drops 100 MB on every call passes its 256 MB limit', async () => {
    // V8 once let three such arrays stand at once, two of them garbage, and the poll counted them all (MLE at hidden-20).
    const knapsack = loadProblem(REPO, 'knapsack-01');
    const file = join(dir, 'garbage-per-call.ts');
    writeFileSync(file, `export function knapsack(weights: number[], values: number[], capacity: number): number {
  const scratch = new Array(12_500_000).fill(0);
  const dp = new Array(capacity + 1).fill(0);
  for (let i = 0; i < weights.length; i++) for (let c = capacity; c >= weights[i]!; c--) dp[c] = Math.max(dp[c], dp[c - weights[i]!] + values[i]!);
  return dp[capacity] + scratch[0];
}
`);
    expect(knapsack.meta.limits.memoryMb).toBe(256);
    const cases = [...knapsack.examples, ...loadHiddenCases(REPO, knapsack)];
    const judgment = await judgeSolution({ problem: knapsack, cases, solutionFile: file, solutionLabel: 'solution.ts', cacheDir: join(dir, 'cache-garbage') });
    expect(judgment.verdict, JSON.stringify(judgment.cases.filter((c) => c.verdict !== 'AC'))).toBe('AC');
  }, 60_000);

  it('is not counted as use across cases: a memo of one case, garbage by the next, does not stand beside the next one\'s', async () => {
    // Judged alone, each case was AC; judged in a row, the case after a large memo was MLE.
    const knapsack = loadProblem(REPO, 'knapsack-01');
    const file = join(dir, 'memo-per-case.ts');
    writeFileSync(file, `export function knapsack(weights: number[], values: number[], capacity: number): number {
  const memo = new Map<number, number>();
  const W = capacity + 1;
  const go = (i: number, c: number): number => {
    if (i === weights.length) return 0;
    const key = i * W + c;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let best = go(i + 1, c);
    if (weights[i]! <= c) best = Math.max(best, go(i + 1, c - weights[i]!) + values[i]!);
    memo.set(key, best);
    return best;
  };
  return go(0, capacity);
}
`);
    const cases = [...knapsack.examples, ...loadHiddenCases(REPO, knapsack)];
    // Memory is what is tested: a slower machine took more than the bank's 2 s on a case (TLE).
    const judgment = await judgeSolution({ problem: knapsack, cases, solutionFile: file, solutionLabel: 'solution.ts', cacheDir: join(dir, 'cache-memo'), timeLimitMs: 10_000 });
    expect(judgment.verdict, JSON.stringify(judgment.cases.filter((c) => c.verdict !== 'AC'))).toBe('AC');
  }, 90_000);
});

describe('a solution in a worker thread (kata test)', () => {
  it('is not charged for the type checker, which works in the same moment', async () => {
    // It holds half the limit while the check, started beside it on a fresh cache, parses the libraries.
    const file = join(dir, 'holds-while-checked.ts');
    writeFileSync(file, `export function add(a: number, b: number): number {
  const held = new Float64Array(32 * 131072).fill(1);
  const until = performance.now() + 1500;
  while (performance.now() < until);
  return a + b + held.length * 0;
}
`);
    const slow: Problem = { ...problem, meta: { ...problem.meta, limits: { timeMs: 5000, memoryMb: LIMIT_MB } } };
    const judgment = await judgeSolution({ problem: slow, cases: slow.examples.slice(0, 1), solutionFile: file, solutionLabel: 'solution.ts', cacheDir: join(dir, 'cache-thread'), host: 'thread', typecheck: true });
    expect(judgment.verdict, JSON.stringify(judgment)).toBe('AC');
  });
});
