/**
 * `kata stress` on fixture problems (tests/fixtures/stress): a deliberately wrong solution is found, shrunk
 * to a small input, shown as a failing example and saved as a local case that `kata test` runs; a right one
 * passes every run, also when its answers differ from the reference's in a way the checker accepts.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kata, REPO, temporaryFolder } from '../helpers.ts';

const FIXTURE = join(REPO, 'tests', 'fixtures', 'stress');

function workspace(): string {
  const dir = temporaryFolder('kata-stress-');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

interface Saved {
  input: Record<string, unknown>;
  expected?: unknown;
  note?: string;
}

function savedCases(ws: string, slug: string): Saved[] {
  return JSON.parse(readFileSync(join(ws, '.kata', 'cases', `${slug}.json`), 'utf8')) as Saved[];
}

const stress = (ws: string, slug: string, solution: string, ...args: string[]) => kata(ws, 'stress', slug, '--solution', `solutions/${solution}.ts`, ...args);

describe('kata stress without a generator (inputs derived from the types)', () => {
  const ws = workspace();

  it('finds a wrong solution, shrinks the input to one or two numbers, shows it and saves it', () => {
    const result = stress(ws, 'largest', 'largest-from-zero', '--seed', '1', '--runs', '200');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("inputs derived from the signature's types");
    expect(result.stdout).toMatch(/✗ stress\s+WA/);
    expect(result.stdout).toMatch(/input\s+nums = \[-/);
    expect(result.stdout).toMatch(/expected\s+-\d+/);
    expect(result.stdout).toMatch(/actual\s+0/);
    expect(result.stdout).toContain('saved as local case 1 in .kata/cases/largest.json');
    expect(result.stdout).toContain('kata stress largest --seed 1 --runs 200 --solution solutions/largest-from-zero.ts');
    const [saved, ...more] = savedCases(ws, 'largest');
    expect(more).toEqual([]);
    const nums = saved!.input.nums as number[];
    expect(nums.length).toBeLessThanOrEqual(2);
    expect(nums.every((x) => x < 0)).toBe(true);
    expect(saved!.expected).toBe(Math.max(...nums));
    expect(saved!.note).toBe('found by kata stress --seed 1 (WA)');
  });

  it('makes kata test run the saved case after the examples, labelled as a local case', () => {
    const wrong = kata(ws, 'test', 'largest', '--solution', 'solutions/largest-from-zero.ts');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('examples and 1 local case (.kata/cases/largest.json)');
    expect(wrong.stdout).toMatch(/✓ example-1[\s\S]*✗ local-1\s+WA/);
    const right = kata(ws, 'test', 'largest', '--solution', 'solutions/largest-correct.ts');
    expect(right.status).toBe(0);
    expect(right.stdout).toMatch(/✓ local-1/);
    expect(right.stdout).toContain('2/2 passed');
  });

  it('does not save the same case twice', () => {
    const again = stress(ws, 'largest', 'largest-from-zero', '--seed', '1', '--runs', '200');
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('already saved as local case 1');
    expect(savedCases(ws, 'largest')).toHaveLength(1);
  });

  it('passes a right solution on every run, exit 0', () => {
    const result = stress(ws, 'largest', 'largest-correct', '--seed', '2', '--runs', '60');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('60/60 runs agreed with the reference');
  });

  it("judges with the problem's checker: an answer in another order passes an unordered problem", () => {
    const result = stress(ws, 'distinct', 'distinct-descending', '--seed', '3', '--runs', '60');
    expect(result.stdout).toContain('60/60 runs agreed');
    expect(result.status).toBe(0);
  });

  it('makes class operation sequences and shrinks them to a few calls', () => {
    const wrong = stress(ws, 'tally', 'tally-ignores-negative', '--seed', '4');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toMatch(/at step \d+: total\(\) returned/);
    const [saved] = savedCases(ws, 'tally');
    const operations = saved!.input.operations as string[];
    expect(operations[0]).toBe('Tally');
    expect(operations.length).toBeLessThanOrEqual(3);
    expect((saved!.input.arguments as number[][]).some((args) => args[0]! < 0)).toBe(true);
    const right = stress(ws, 'tally', 'tally-correct', '--seed', '4', '--runs', '50');
    expect(right.status).toBe(0);
    expect(right.stdout).toContain('50/50 runs agreed');
  });
});

describe('kata stress with generator.ts', () => {
  const ws = workspace();

  it('shrinks by size, then with fast-check, to the smallest input that fails, the same for the same seed', () => {
    const first = stress(ws, 'count-distinct', 'count-adjacent', '--seed', '5');
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('inputs from problems/count-distinct/generator.ts');
    // Three values is the least that breaks counting changes between neighbours: [a, b, a].
    const [saved] = savedCases(ws, 'count-distinct');
    const nums = saved!.input.nums as number[];
    expect(nums).toHaveLength(3);
    expect(nums[0]).toBe(nums[2]);
    expect(saved!.expected).toBe(2);
    const second = stress(ws, 'count-distinct', 'count-adjacent', '--seed', '5');
    // The same lines but for the times, which the machine decides, and the note on saving.
    const shown = (text: string) => text.replace(/\d+\.\d+ ms/g, 'T').split('\n').filter((line) => !line.includes('saved as'));
    expect(shown(second.stdout)).toEqual(shown(first.stdout));
  });

  it('reports a solution that throws as RE, shrunk to the size where it starts', () => {
    const result = stress(ws, 'count-distinct', 'count-throws', '--seed', '6');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ stress\s+RE .*too many values/);
    const saved = savedCases(ws, 'count-distinct').at(-1)!;
    expect(saved.input.nums).toHaveLength(5);
    expect(saved.note).toContain('(RE)');
  });

  it('passes a right solution', () => {
    const result = stress(ws, 'count-distinct', 'count-correct', '--seed', '7', '--runs', '50');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('50/50 runs agreed');
  });
});

describe('kata stress usage', () => {
  const ws = workspace();

  it('refuses a bad --runs or --seed with exit 2', () => {
    const runs = stress(ws, 'largest', 'largest-correct', '--runs', '0');
    expect(runs.status).toBe(2);
    expect(runs.stderr).toContain('--runs must be a whole number from 1 to');
    const seed = stress(ws, 'largest', 'largest-correct', '--seed', '-3');
    expect(seed.status).toBe(2);
    expect(seed.stderr).toContain('--seed must be a whole number from 0 to 4294967295');
  });

  it('reports a solution that does not compile as CE, exit 1, and saves nothing', () => {
    writeFileSync(join(ws, 'solutions', 'broken.ts'), 'export function largest(nums: number[]): number {\n  return (;\n}\n');
    const result = stress(ws, 'largest', 'broken');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('CE');
    expect(existsSync(join(ws, '.kata', 'cases', 'largest.json'))).toBe(false);
  });
});
