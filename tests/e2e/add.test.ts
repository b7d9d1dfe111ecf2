/** kata add through the real CLI: the scaffold, the slugs it refuses, and a filled-in package that validates. */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAuthoringWorkspace, readJsonFile, writeJsonFile } from '../authoring-helpers.ts';
import { kata } from '../helpers.ts';

/** Every file under a folder, relative to it, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]))
    .sort();
}

describe('kata add', () => {
  const ws = copyAuthoringWorkspace();
  const problems = () => readdirSync(join(ws, 'problems')).sort();
  const dir = join(ws, 'problems', 'sum-evens');

  it('scaffolds a package from templates/problem/ with the title, difficulty, tags and function given', () => {
    const result = kata(ws, 'add', 'sum-evens', '--title', 'Sum the "Even" Numbers', '--difficulty', 'easy', '--tags', 'arrays, math ,', '--function', 'sumEvens');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('created problems/sum-evens/ with examples.json, hidden.json, hints.md, problem.json, reference.ts, statement.md, wrong/README.md');
    expect(result.stdout).toContain('kata validate sum-evens');
    expect(filesUnder(dir)).toEqual(['examples.json', 'hidden.json', 'hints.md', 'problem.json', 'reference.ts', 'statement.md', 'wrong/README.md']);
    const meta = readJsonFile<{ title: string; difficulty: string; tags: string[]; signature: { function: string } }>(join(dir, 'problem.json'));
    expect(meta).toMatchObject({ formatVersion: 1, title: 'Sum the "Even" Numbers', difficulty: 'easy', tags: ['arrays', 'math'], signature: { function: 'sumEvens' } });
    expect(readFileSync(join(dir, 'reference.ts'), 'utf8')).toContain('export function sumEvens(');
    expect(readFileSync(join(dir, 'wrong', 'README.md'), 'utf8')).toContain('kata validate sum-evens');
    for (const file of filesUnder(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/\{\{\w+\}\}/);
  });

  it('writes a problem.json that kata can read whatever characters the title has', () => {
    // A tab pasted into a title must be escaped in JSON like the quotes are.
    const title = 'Tabs\tand "quotes" \\ too';
    try {
      expect(kata(ws, 'add', 'odd-title', '--title', title).status).toBe(0);
      const text = readFileSync(join(ws, 'problems', 'odd-title', 'problem.json'), 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
      expect((JSON.parse(text) as { title: string }).title).toBe(title);
    } finally {
      rmSync(join(ws, 'problems', 'odd-title'), { recursive: true, force: true });
    }
  });

  it('lists the new problem', () => {
    expect(kata(ws, 'list').stdout).toMatch(/sum-evens\s+Sum the "Even" Numbers\s+easy\s+arrays, math/);
  });

  it('derives the title and the function from the slug, and defaults to medium without tags', () => {
    expect(kata(ws, 'add', 'range-sum-2').status).toBe(0);
    expect(readJsonFile(join(ws, 'problems', 'range-sum-2', 'problem.json'))).toMatchObject({
      title: 'Range Sum 2',
      difficulty: 'medium',
      tags: [],
      signature: { function: 'rangeSum2' },
    });
    expect(kata(ws, 'add', '3sum').status).toBe(0);
    expect(readJsonFile(join(ws, 'problems', '3sum', 'problem.json'))).toMatchObject({ signature: { function: 'solve3sum' } });
  });

  it('gives a scaffold that validate rejects until it is filled in', () => {
    const result = kata(ws, 'validate', 'range-sum-2');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ problems\/range-sum-2\/reference\.ts: gets RE on example-1: Error: not implemented/);
    expect(result.stdout).toContain('! problems/range-sum-2/statement.md: still has a TODO');
    expect(result.stdout).toContain('! problems/range-sum-2/wrong/: has no wrong solutions');
  });

  it('refuses a slug that exists, with exit 2, and leaves the package alone', () => {
    writeFileSync(join(dir, 'statement.md'), 'my statement\n');
    const again = kata(ws, 'add', 'sum-evens');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('problems/sum-evens already exists');
    expect(readFileSync(join(dir, 'statement.md'), 'utf8')).toBe('my statement\n');
    const fixture = kata(ws, 'add', 'lru-cache', '--function', 'lru');
    expect(fixture.status).toBe(2);
    expect(readJsonFile(join(ws, 'problems', 'lru-cache', 'problem.json'))).toMatchObject({ signature: { class: 'LRUCache' } });
  });

  it.each(['Two_Sum', 'two--sum', '../outside'])('refuses the slug %j with exit 2, creating nothing', (slug) => {
    const before = problems();
    const result = kata(ws, 'add', slug);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not a valid slug');
    expect(problems()).toEqual(before);
    expect(existsSync(join(ws, 'outside'))).toBe(false);
  });

  it('refuses a function name that is not an identifier, and an unknown difficulty', () => {
    const before = problems();
    const badFunction = kata(ws, 'add', 'two-sum', '--function', 'two-sum');
    expect(badFunction.status).toBe(2);
    expect(badFunction.stderr).toContain('--function "two-sum" is not a JavaScript identifier');
    expect(kata(ws, 'add', 'two-sum', '--difficulty', 'trivial').status).toBe(2);
    expect(problems()).toEqual(before);
  });

  it('gives a package that validates, --strict included, once its files are filled in', () => {
    writeFileSync(
      join(dir, 'statement.md'),
      [
        'Return the sum of the even numbers in `nums`. An empty list, or one without even numbers, sums to 0.',
        '',
        '### Constraints',
        '',
        '- `0 <= nums.length <= 1000`, `-1000 <= nums[i] <= 1000`',
        '',
        '### Example',
        '',
        '```',
        'nums = [1, 2, 3, 4]   ->   6',
        '```',
        '',
      ].join('\n'),
    );
    writeJsonFile(join(dir, 'examples.json'), [
      { input: { nums: [1, 2, 3, 4] }, expected: 6, explanation: '2 + 4' },
      { input: { nums: [-2, 5] }, expected: -2 },
    ]);
    writeJsonFile(join(dir, 'hidden.json'), [
      { input: { nums: [] }, expected: 0 },
      { input: { nums: [1, 3, 5] }, expected: 0 },
      { input: { nums: [1000, -1000, 7] }, expected: 0 },
      { input: { nums: [8] }, expected: 8 },
    ]);
    writeFileSync(join(dir, 'reference.ts'), 'export function sumEvens(nums: number[]): number {\n  return nums.filter((n) => n % 2 === 0).reduce((a, b) => a + b, 0);\n}\n');
    writeFileSync(join(dir, 'hints.md'), '1. Which numbers count toward the sum?\n2. A number is even when dividing it by 2 leaves no remainder.\n');
    writeFileSync(join(dir, 'wrong', 'wa-sums-all.ts'), 'export function sumEvens(nums: number[]): number {\n  return nums.reduce((a, b) => a + b, 0);\n}\n');
    const result = kata(ws, 'validate', 'sum-evens', '--strict');
    expect(result.stdout).toContain('✓ problems/sum-evens/reference.ts: accepted on all 6 cases');
    expect(result.stdout).toContain('✓ problems/sum-evens/wrong/wa-sums-all.ts: gets WA on example-1');
    expect(result.stdout).toContain('1 problem checked: 0 errors, 0 warnings');
    expect(result.status).toBe(0);
  });
});
