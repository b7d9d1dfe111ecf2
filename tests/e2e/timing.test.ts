/**
 * A fast example's time is the median of repeated calls, each on a fresh copy of the inputs, with the
 * first (judged) call reported apart; hidden cases are one call. The repeats never change a verdict.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kata, temporaryFolder } from '../helpers.ts';

const root = temporaryFolder('kata-timing-');
const problemDir = join(root, 'problems', 'total');
mkdirSync(problemDir, { recursive: true });
mkdirSync(join(root, 'solutions'));
writeFileSync(join(problemDir, 'problem.json'), JSON.stringify({
  formatVersion: 1, title: 'Total', difficulty: 'easy', tags: [], limits: { timeMs: 500, memoryMb: 256 },
  signature: { function: 'total', params: [{ name: 'nums', type: 'int[]' }], returns: { type: 'int' } },
}));
writeFileSync(join(problemDir, 'statement.md'), '# Total\n');
writeFileSync(join(problemDir, 'examples.json'), JSON.stringify([{ input: { nums: [1, 2, 3] }, expected: 6 }, { input: { nums: [5] }, expected: 5 }]));
writeFileSync(join(problemDir, 'hidden.json'), JSON.stringify([{ input: { nums: [4, 4] }, expected: 8 }]));

function solution(name: string, body: string): string {
  const file = join(root, 'solutions', name);
  writeFileSync(file, body);
  return file;
}

interface JsonCase { id: string; kind: string; verdict: string; timeMs: number; timing?: { method: string; runs: number; warmupMs?: number }; peakHeapMb?: number }

function judgeJson(file: string): { verdict: string; cases: JsonCase[] } {
  const result = kata(root, 'judge', 'total', '--solution', file, '--json', '--no-typecheck');
  return JSON.parse(result.stdout) as { verdict: string; cases: JsonCase[] };
}

describe('case timing', () => {
  it('gives a fast example the median of repeated calls, each on inputs the solution has not changed; a hidden case one call', () => {
    // It marks the array it gets: had a repeat been given the same array, it would throw, and the
    // example would fall back to one call.
    const file = solution('marks.ts', `export function total(nums: number[]): number {
  if (nums[nums.length - 1] === -1) throw new Error('saw its own mark: the inputs were reused');
  const sum = nums.reduce((a, b) => a + b, 0);
  nums.push(-1);
  return sum;
}
`);
    const report = judgeJson(file);
    expect(report.verdict).toBe('AC');
    for (const example of report.cases.filter((c) => c.kind === 'example')) {
      expect(example.timing?.method, JSON.stringify(example)).toBe('median');
      expect(example.timing!.runs).toBeGreaterThanOrEqual(3);
      expect(typeof example.timing!.warmupMs).toBe('number');
      expect(typeof example.peakHeapMb).toBe('number');
    }
    const hidden = report.cases.find((c) => c.kind === 'hidden')!;
    expect(hidden.timing).toEqual({ method: 'single', runs: 1 });
    expect(hidden.peakHeapMb).toBeUndefined();
  });

  it('keeps every verdict when the repeated calls hang: the judged call is the first, and the next case gets a new sandbox', () => {
    // Loops forever on a second call with the same input, which only the timing repeats make.
    const file = solution('hangs-on-repeat.ts', `const seen = new Set<string>();
export function total(nums: number[]): number {
  const key = nums.join(',');
  if (seen.has(key)) for (;;);
  seen.add(key);
  return nums.reduce((a, b) => a + b, 0);
}
`);
    const report = judgeJson(file);
    expect(report.verdict, JSON.stringify(report)).toBe('AC');
    expect(report.cases.map((c) => c.verdict)).toEqual(['AC', 'AC', 'AC']);
    expect(report.cases.map((c) => c.timing?.method)).toEqual(['single', 'single', 'single']);
  });

  it('says how each example was timed in the human report', () => {
    const file = solution('plain.ts', 'export function total(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, 0);\n}\n');
    const result = kata(root, 'test', 'total', '--solution', file, '--no-typecheck');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/example-1 +\d+\.\d ms \(median of \d+; first call \d+\.\d ms; heap \d+\.\d\d MB\)/);
  });
});
