/**
 * The solver's editor agrees with kata: `kata new` writes solutions/tsconfig.json, tsc with it finds no
 * error in solutions kata accepts, and finds the import kata refuses. And pasted LeetCode code gets a CE
 * that says exactly what to change.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSolutionsTsconfig } from '../../src/judge/solution-env.ts';
import { copyWorkspace, kata, kataWithEnv, REPO, temporaryFolder } from '../helpers.ts';

const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const fixture = (name: string) => join(REPO, 'tests', 'fixtures', 'solutions', name);

function tsc(workspace: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TSC, '-p', join(workspace, 'solutions', 'tsconfig.json'), '--noEmit'], { encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** LeetCode-style: an untyped helper, and arithmetic on `nums[i]` (no noUncheckedIndexedAccess in kata's check). */
const KNAPSACK_LEETCODE = `function larger(a, b) {
  return a > b ? a : b;
}

export function knapsack(weights: number[], values: number[], capacity: number): number {
  const best: number[] = new Array(capacity + 1).fill(0);
  for (let i = 0; i < weights.length; i++) {
    for (let c = capacity; c >= weights[i]; c--) best[c] = larger(best[c], best[c - weights[i]] + values[i]);
  }
  return best[capacity];
}
`;

describe('solutions/tsconfig.json for the editor', () => {
  const ws = temporaryFolder('kata-editor-');
  const slugs = ['knapsack-01', 'lowest-common-ancestor', 'merge-k-sorted-lists', 'path-sum-ii'];
  for (const slug of slugs) cpSync(join(REPO, 'problems', slug), join(ws, 'problems', slug), { recursive: true });
  const tsconfig = join(ws, 'solutions', 'tsconfig.json');

  it('is written by kata new when missing', () => {
    const result = kata(ws, 'new', 'knapsack-01');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('wrote solutions/tsconfig.json');
    expect(readFileSync(tsconfig, 'utf8')).toBe(renderSolutionsTsconfig(join(ws, 'solutions')));
  });

  it('shows no error on solutions kata accepts, TreeNode and ListNode included', () => {
    for (const slug of slugs) copyFileSync(join(REPO, 'problems', slug, 'reference.ts'), join(ws, 'solutions', `${slug}.ts`));
    writeFileSync(join(ws, 'solutions', 'knapsack-01.ts'), KNAPSACK_LEETCODE);
    expect(kata(ws, 'test', 'knapsack-01').stdout).toContain('AC  ');
    expect(kata(ws, 'test', 'merge-k-sorted-lists').stdout).toContain('AC  ');
    const checked = tsc(ws);
    expect(checked.output).toBe('');
    expect(checked.status).toBe(0);
  });

  it('shows the import that kata refuses', () => {
    const file = join(ws, 'solutions', 'path-sum-ii.ts');
    writeFileSync(file, `import { readFileSync } from 'node:fs';\n${readFileSync(file, 'utf8')}`);
    const checked = tsc(ws);
    expect(checked.status).not.toBe(0);
    expect(checked.output).toContain("solutions/path-sum-ii.ts(1,30): error TS2307: Cannot find module 'node:fs'");
    const judged = kata(ws, 'test', 'path-sum-ii');
    expect(judged.status).toBe(1);
    expect(judged.stdout).toContain('solutions/path-sum-ii.ts:1: solutions may not import node:fs: the judge runs solutions without file, network or process access');
  });

  it('is never written over: not by kata new for another problem, nor with --force', () => {
    writeFileSync(tsconfig, '{ "compilerOptions": { "strict": false } }\n');
    expect(kata(ws, 'new', 'path-sum-ii', '--force').status).toBe(0);
    expect(kata(ws, 'new', 'lowest-common-ancestor', '--force').stdout).not.toContain('tsconfig');
    expect(readFileSync(tsconfig, 'utf8')).toBe('{ "compilerOptions": { "strict": false } }\n');
  });
});

describe('pasted LeetCode code and forbidden imports', () => {
  const ws = copyWorkspace();
  const solution = join(ws, 'solutions', 'add.ts');

  /** `kata test add` on a fixture copied to solutions/add.ts. */
  function testAdd(name: string): { status: number | null; stdout: string } {
    copyFileSync(fixture(name), solution);
    return kata(ws, 'test', 'add');
  }

  const cases = [
    ['add-pasted.ts', 'solutions/add.ts:2: the function add is not exported: write "export function add(...)"'],
    ['add-default-export.ts', 'solutions/add.ts:2: kata calls the export named add, not the default export: write "export function add(...)" instead of "export default"'],
    [
      'add-class-solution.ts',
      'solutions/add.ts:3: add is a method of class Solution, but kata calls a function: move it out of the class as "export function add(...)", and turn what it reaches through "this" into plain functions and variables',
    ],
    ['add-imports-fs.ts', 'solutions/add.ts:1: solutions may not import node:fs: the judge runs solutions without file, network or process access (the cases ran: 1/2 passed)'],
    ['add-dynamic-import.ts', 'solutions/add.ts:2: solutions may not import node:child_process: the judge runs solutions without file, network or process access (the cases ran: 2/2 passed)'],
    ['add-require.ts', 'solutions/add.ts:2: solutions may not import fs: the judge runs solutions without file, network or process access (the cases ran: 1/2 passed)'],
  ] as const;

  it.each(cases)('%s is CE: %s', (name, message) => {
    const result = testAdd(name);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`  ${message}\n`);
    expect(result.stdout).toMatch(/^CE {2}/m);
  });

  it('the same verdict and message in the JSON report', () => {
    copyFileSync(fixture('add-pasted.ts'), solution);
    const report = JSON.parse(kata(ws, 'judge', 'add', '--json').stdout) as { verdict: string; message: string };
    expect(report).toMatchObject({ verdict: 'CE', message: cases[0][1] });
  });

  it('a computed import is refused at run time, and the message says why: by the sandbox in judge, by the lockdown in test', () => {
    const tested = testAdd('add-computed-import.ts');
    expect(tested.status).toBe(1);
    expect(tested.stdout).toMatch(/✗ example-1\s+RE/);
    // kata test runs the solver's own file in a thread of kata, where the harness's lockdown refuses files.
    expect(tested.stdout).toContain('not available to solutions at solutions/add.ts:7:');
    expect(tested.stdout).toContain('(the sandbox refused it: the judge runs solutions without file, network or process access)');
    // An explicit layer of isolation (--isolation, or KATA_ISOLATION) puts kata test in the sandbox too.
    const sandboxed = kataWithEnv(ws, { NO_COLOR: '1', KATA_ISOLATION: 'node' }, 'test', 'add');
    expect(sandboxed.stdout).toContain('Access to this API has been restricted at solutions/add.ts:7:');
    const judged = kata(ws, 'judge', 'add');
    expect(judged.status).toBe(1);
    expect(judged.stdout).toContain('Access to this API has been restricted at solutions/add.ts:7:');
    expect(judged.stdout).toContain('(the sandbox refused it: the judge runs solutions without file, network or process access)');
  });

  it('with --no-typecheck, the rules are not checked: the runtime says what it can', () => {
    copyFileSync(fixture('add-pasted.ts'), solution);
    const result = kata(ws, 'test', 'add', '--no-typecheck');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('solutions/add.ts does not load: no exported function named "add"');
  });
});
