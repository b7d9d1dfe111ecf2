/** `kata import exercism`, run as a user would, on made-up canonical-data.json files; the imports are then judged. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, REPO } from '../helpers.ts';

const fixture = (name: string) => join(REPO, 'tests', 'fixtures', 'exercism', name);

const REFERENCES: Record<string, string> = {
  leap: `export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
`,
  collatz: `export function steps(start: number): number {
  if (start <= 0) throw new Error('the start must be a positive integer');
  let count = 0;
  for (let n = start; n !== 1; n = n % 2 === 0 ? n / 2 : 3 * n + 1) count++;
  return count;
}
`,
  powers: `export function sumOfPowers(exponent: number): bigint {
  if (exponent < 0) throw new Error('the exponent must not be negative');
  return 2n ** BigInt(exponent + 1) - 1n;
}
`,
  stats: `export function textStats(text: string, ignoreCase: boolean): { words: number; averageLength: number; longest: string | null; counts: Map<string, number> } {
  const words = text.split(' ').filter((word) => word !== '').map((word) => (ignoreCase ? word.toLowerCase() : word));
  const counts = new Map<string, number>();
  let longest: string | null = null;
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (longest === null || word.length > longest.length) longest = word;
  }
  const total = words.reduce((sum, word) => sum + word.length, 0);
  return { words: words.length, averageLength: words.length === 0 ? 0 : total / words.length, longest, counts };
}
`,
};

interface CaseFile {
  input: Record<string, unknown>;
  expected?: unknown;
  error?: { message?: string };
  explanation?: string;
  note?: string;
}

describe('kata import exercism', () => {
  const ws = copyWorkspace();
  const path = (slug: string, file: string) => join(ws, 'problems', slug, file);
  const readJson = <T>(slug: string, file: string) => JSON.parse(readFileSync(path(slug, file), 'utf8')) as T;
  const importFile = (name: string, slug: string, ...options: string[]) => kata(ws, 'import', 'exercism', fixture(name), '--slug', slug, ...options);

  /** The imported stub is rejected; with a correct reference.ts the package is accepted. */
  function expectJudgedAccepted(slug: string, reference: string): void {
    const stub = kata(ws, 'judge', slug, '--solution', `problems/${slug}/reference.ts`);
    expect(stub.status).toBe(1);
    expect(stub.stdout).toContain('not implemented');
    writeFileSync(path(slug, 'reference.ts'), reference);
    const judged = kata(ws, 'judge', slug, '--solution', `problems/${slug}/reference.ts`);
    expect(judged.stderr).toBe('');
    expect(judged.stdout).toMatch(/^AC /m);
    expect(judged.status).toBe(0);
  }

  it('imports the most common property of nested groups, without the superseded case, and the package judges', () => {
    const result = importFile('leap.json', 'leap-year');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('function isLeapYear(year: number): boolean');
    expect(result.stdout).toContain('3 examples');
    expect(result.stdout).toContain('4 hidden cases');
    expect(result.stdout).toContain('dropped 1 superseded case');
    expect(result.stdout).toContain('daysInYear (2 cases)');
    expect(result.stdout).toContain('then kata validate leap-year');

    expect(readJson<{ title: string; signature: unknown }>('leap-year', 'problem.json')).toMatchObject({
      title: 'Leap Year',
      difficulty: 'medium',
      tags: ['exercism'],
      signature: { function: 'isLeapYear', params: [{ name: 'year', type: 'int' }], returns: { type: 'bool' } },
    });
    const examples = readJson<CaseFile[]>('leap-year', 'examples.json');
    expect(examples.map((example) => example.explanation)).toEqual([
      'ordinary years > a year not divisible by 4',
      'ordinary years > a year divisible by 4 but not by 100',
      'ordinary years > a year divisible by 2 but not by 4',
    ]);
    const hidden = readJson<CaseFile[]>('leap-year', 'hidden.json');
    expect(hidden.filter((json) => json.input.year === 1900)).toEqual([
      { input: { year: 1900 }, expected: false, note: 'centuries > divisible by 100 > divisible by 100 but not by 400 (uuid 5f1c2a10-0000-4000-8000-000000000005)' },
    ]);
    const statement = readFileSync(path('leap-year', 'statement.md'), 'utf8');
    expect(statement).toContain('# Leap Year');
    expect(statement).toContain('exercise "leap-year"');
    expect(statement).toContain('Write the statement here');
    expectJudgedAccepted('leap-year', REFERENCES.leap!);
  });

  it('imports cases that expect an error, with the message of the newer case', () => {
    const result = importFile('collatz.json', 'collatz');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('5 hidden cases (2 expecting an error)');
    const hidden = readJson<CaseFile[]>('collatz', 'hidden.json');
    expect(hidden.filter((json) => json.error)).toEqual([
      { input: { start: 0 }, error: { message: 'the start must be a positive integer' }, note: 'invalid starts > zero (uuid a7e30c44-0000-4000-8000-000000000008)' },
      { input: { start: -7 }, error: { message: 'the start must be a positive integer' }, note: 'invalid starts > a negative start (uuid a7e30c44-0000-4000-8000-000000000009)' },
    ]);
    expect(readJson<CaseFile[]>('collatz', 'examples.json').map((json) => json.explanation)).toEqual([
      'no steps from one',
      'valid starts > powers of two only halve > a small power of two',
      'valid starts > powers of two only halve > a larger power of two',
    ]);
    expectJudgedAccepted('collatz', REFERENCES.collatz!);
  });

  it('keeps integers beyond 2^53 exact, as bigint', () => {
    const result = importFile('sum-of-powers.json', 'sum-of-powers');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('function sumOfPowers(exponent: number): bigint');
    const hidden = readFileSync(path('sum-of-powers', 'hidden.json'), 'utf8');
    expect(hidden).toContain('"expected":"18014398509481983"');
    expect(hidden).toContain('"expected":"18446744073709551615"');
    expect(hidden).toContain('"expected":"1267650600228229401496703205375"');
    expectJudgedAccepted('sum-of-powers', REFERENCES.powers!);
  });

  it('infers a record answer holding a float, a nullable string and a map', () => {
    const result = importFile('text-stats.json', 'text-stats');
    expect(result.status).toBe(0);
    const meta = readJson<{ signature: { returns: { type: string } } }>('text-stats', 'problem.json');
    expect(meta.signature.returns.type).toBe('{words: int, averageLength: float, longest: string | null, counts: map<string, int>}');
    expectJudgedAccepted('text-stats', REFERENCES.stats!);
  });

  it('takes the property, the parameter order, the title and the difficulty from the options', () => {
    const days = importFile('leap.json', 'days-in-year', '--function', 'daysInYear', '--title', 'Days in a Year', '--difficulty', 'easy');
    expect(days.status).toBe(0);
    expect(days.stdout).toContain('isLeapYear (7 cases)');
    expect(readJson('days-in-year', 'problem.json')).toMatchObject({
      title: 'Days in a Year',
      difficulty: 'easy',
      signature: { function: 'daysInYear', returns: { type: 'int' } },
    });
    const ordered = importFile('text-stats.json', 'text-stats-reordered', '--param-order', 'ignoreCase,text');
    expect(ordered.status).toBe(0);
    expect(ordered.stdout).toContain('function textStats(ignoreCase: boolean, text: string)');
    expect(readFileSync(path('text-stats-reordered', 'reference.ts'), 'utf8')).toContain('export function textStats(ignoreCase: boolean, text: string)');
  });

  it('never replaces a package without --force', () => {
    expect(importFile('collatz.json', 'steps').status).toBe(0);
    writeFileSync(path('steps', 'reference.ts'), REFERENCES.collatz!);
    writeFileSync(path('steps', 'notes.txt'), 'mine');
    const refused = importFile('collatz.json', 'steps');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('problems/steps already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path('steps', 'reference.ts'), 'utf8')).toBe(REFERENCES.collatz);

    const forced = importFile('collatz.json', 'steps', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(path('steps', 'reference.ts'), 'utf8')).toContain('not implemented');
    expect(existsSync(path('steps', 'notes.txt'))).toBe(false);
  });

  it('names the properties when --function names none of them', () => {
    const result = importFile('leap.json', 'nope', '--function', 'isLeap');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('leap.json: has no cases of the property "isLeap"');
    expect(result.stderr).toContain('isLeapYear (7 cases), daysInYear (2 cases)');
    expect(existsSync(join(ws, 'problems', 'nope'))).toBe(false);
  });

  it('rejects a --param-order that does not name exactly the input keys', () => {
    const result = importFile('text-stats.json', 'nope', '--param-order', 'text,case');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--param-order must name each input key exactly once (missing ignoreCase; unknown or repeated case)');
    expect(result.stderr).toContain('the input keys are: text, ignoreCase');
    expect(existsSync(join(ws, 'problems', 'nope'))).toBe(false);
  });

  it('rejects an unknown format, a bad slug, a missing file and a file that is not JSON', () => {
    const format = kata(ws, 'import', 'csv', fixture('leap.json'), '--slug', 'x');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "csv" (supported: exercism)');

    const slug = importFile('leap.json', 'Leap_Year');
    expect(slug.status).toBe(2);
    expect(slug.stderr).toContain('"Leap_Year" is not a valid slug');

    const missing = kata(ws, 'import', 'exercism', 'missing.json', '--slug', 'x');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.json does not exist');

    writeFileSync(join(ws, 'broken.json'), '{\n  "cases": [\n    {"description": "a",}\n  ]\n}\n');
    const broken = kata(ws, 'import', 'exercism', 'broken.json', '--slug', 'x');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('broken.json: not valid JSON: unexpected "}" at line 3, column 25');
    expect(existsSync(join(ws, 'problems', 'x'))).toBe(false);
  });
});
