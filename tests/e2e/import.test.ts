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
  flatten: `type Nested<T> = T | Nested<T>[];

export function flatten(array: Nested<number | null>[]): number[] {
  const out: number[] = [];
  const walk = (items: Nested<number | null>[]): void => {
    for (const item of items) {
      if (Array.isArray(item)) walk(item);
      else if (item !== null) out.push(item);
    }
  };
  walk(array);
  return out;
}
`,
  twoFer: `export function twoFer(name = 'you'): string {
  return \`One for \${name}, one for me.\`;
}
`,
  knapsack: `export function maximumValue({ maximumWeight, items }: { maximumWeight: number; items: { weight: number; value: number }[] }): number {
  const best = new Array<number>(maximumWeight + 1).fill(0);
  for (const { weight, value } of items) {
    for (let w = maximumWeight; w >= weight; w--) best[w] = Math.max(best[w]!, best[w - weight]! + value);
  }
  return best[maximumWeight]!;
}
`,
  grains: `export function square(square: number): bigint {
  if (!Number.isInteger(square) || square < 1 || square > 64) throw new Error('square must be between 1 and 64');
  return 2n ** BigInt(square - 1);
}
`,
  // Unrounded ages, and its own wording for the error: right only within --abs 0.01 and with --any-error.
  spaceAge: `const ORBITS: Record<string, number> = {
  Mercury: 0.2408467, Venus: 0.61519726, Earth: 1, Mars: 1.8808158, Jupiter: 11.862615, Saturn: 29.447498, Uranus: 84.016846, Neptune: 164.79132,
};

export function age(planet: string, seconds: number): number {
  const orbit = ORBITS[planet];
  if (orbit === undefined) throw new Error(\`\${planet} is no planet of ours\`);
  return seconds / 31_557_600 / orbit;
}
`,
  // Column by column: another order than the expected answers' row by row, so right only under --checker unordered.
  saddlePoints: `export function saddlePoints(matrix: number[][]): { row: number; column: number }[] {
  const points: { row: number; column: number }[] = [];
  for (let c = 0; c < (matrix[0]?.length ?? 0); c++) {
    const lowest = Math.min(...matrix.map((row) => row[c]!));
    matrix.forEach((row, r) => {
      if (row[c] === Math.max(...row) && row[c] === lowest) points.push({ row: r + 1, column: c + 1 });
    });
  }
  return points;
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

  describe('the exercises that needed hand edits before, imported as they are and validated', () => {
    /** Imports, writes the reference, and checks that kata validate accepts the package as imported. */
    function importAndValidate(name: string, slug: string, reference: string, ...options: string[]): { meta: Record<string, unknown>; validated: ReturnType<typeof kata> } {
      const imported = importFile(name, slug, ...options);
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      const meta = readJson<Record<string, unknown>>(slug, 'problem.json');
      writeFileSync(path(slug, 'reference.ts'), reference);
      const validated = kata(ws, 'validate', slug);
      expect(readJson<Record<string, unknown>>(slug, 'problem.json')).toEqual(meta);
      return { meta, validated };
    }

    const accepted = (result: ReturnType<typeof kata>, slug: string) => {
      expect(result.stdout).toMatch(new RegExp(`✓ problems/${slug}/reference\\.ts: accepted on all \\d+ cases`));
      expect(result.stdout).toContain('0 errors');
      expect(result.status).toBe(0);
    };

    it('grains: big answers as bigint, error cases, and the time limit from --time-limit', () => {
      const { meta, validated } = importAndValidate('grains.json', 'grains', REFERENCES.grains!, '--time-limit', '500');
      expect(meta).toMatchObject({ limits: { timeMs: 500 }, signature: { function: 'square', params: [{ name: 'square', type: 'int' }], returns: { type: 'bigint' } } });
      expect(readFileSync(path('grains', 'hidden.json'), 'utf8')).toContain('"expected":"9223372036854775808"');
      accepted(validated, 'grains');
      expect(validated.stdout).toContain('(limit 500 ms)');
    });

    it('flatten-array: nested<T> with nulls at any depth, declared for the solver', () => {
      const { meta, validated } = importAndValidate('flatten-array.json', 'flatten-array', REFERENCES.flatten!);
      expect(meta).toMatchObject({ signature: { params: [{ name: 'array', type: 'nested<int | null>[]' }], returns: { type: 'int[]' } } });
      accepted(validated, 'flatten-array');
      const stub = kata(ws, 'new', 'flatten-array');
      expect(stub.status).toBe(0);
      expect(readFileSync(join(ws, 'solutions', 'flatten-array.ts'), 'utf8')).toContain('type Nested<T> = T | Nested<T>[];\n\n/**');
      expect(kata(ws, 'show', 'flatten-array').stdout).toContain('function flatten(array: Nested<number | null>[]): number[]');
    });

    it('space-age: answers rounded to two decimals need --abs, and the error wording --any-error', () => {
      const strict = importAndValidate('space-age.json', 'space-age-strict', REFERENCES.spaceAge!);
      expect(strict.validated.status).toBe(1);
      expect(strict.validated.stdout).toContain('reference.ts: gets WA');
      const { meta, validated } = importAndValidate('space-age.json', 'space-age', REFERENCES.spaceAge!, '--abs', '0.01', '--any-error');
      expect(meta).toMatchObject({ checker: { kind: 'exact', abs: 0.01 }, signature: { returns: { type: 'float' } } });
      expect(readJson<CaseFile[]>('space-age', 'hidden.json').filter((json) => json.error)).toEqual([
        { input: { planet: 'Sun', seconds: 680804807 }, error: {}, note: 'the Sun is not a planet (uuid 5ace0a9e-0000-4000-8000-000000000020)' },
      ]);
      accepted(validated, 'space-age');
    });

    it('saddle-points: an answer in any order with --checker unordered', () => {
      const { meta, validated } = importAndValidate('saddle-points.json', 'saddle-points', REFERENCES.saddlePoints!, '--checker', 'unordered');
      expect(meta).toMatchObject({ checker: { kind: 'unordered' }, signature: { returns: { type: '{row: int, column: int}[]' } } });
      accepted(validated, 'saddle-points');
      const ordered = importAndValidate('saddle-points.json', 'saddle-points-ordered', REFERENCES.saddlePoints!);
      expect(ordered.validated.stdout).toContain('reference.ts: gets WA');
    });

    it('two-fer: a name that is null when not given becomes an optional parameter', () => {
      const { meta, validated } = importAndValidate('two-fer.json', 'two-fer', REFERENCES.twoFer!);
      expect(meta).toMatchObject({ signature: { function: 'twoFer', params: [{ name: 'name', type: 'string', optional: true }] } });
      expect(readJson<CaseFile[]>('two-fer', 'examples.json')[0]!.input).toEqual({});
      accepted(validated, 'two-fer');
      // A solution that always expects a name does not match the signature.
      writeFileSync(join(ws, 'solutions', 'two-fer.ts'), 'export function twoFer(name: string): string {\n  return `One for ${name ?? "you"}, one for me.`;\n}\n');
      const judged = kata(ws, 'judge', 'two-fer');
      expect(judged.stdout).toContain('twoFer does not match the signature function twoFer(name?: string): string');
      expect(judged.status).toBe(1);
    });

    it('knapsack: the whole input as one object with --as-object', () => {
      const { meta, validated } = importAndValidate('knapsack.json', 'knapsack', REFERENCES.knapsack!, '--as-object');
      expect(meta).toMatchObject({
        signature: { function: 'maximumValue', params: [{ name: 'input', type: '{maximumWeight: int, items: {weight: int, value: int}[]}' }], returns: { type: 'int' } },
      });
      accepted(validated, 'knapsack');
    });
  });

  it('names the function apart from the property with --name', () => {
    const result = importFile('leap.json', 'is-leap', '--property', 'isLeapYear', '--name', 'isLeap');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('imported the property "isLeapYear"');
    expect(result.stdout).toContain('function isLeap(year: number): boolean');
    expect(readFileSync(path('is-leap', 'reference.ts'), 'utf8')).toContain('export function isLeap(year: number): boolean {');
  });

  it.each([
    [['--function', 'isLeapYear', '--name', 'isLeap'], '--function sets both the property and the name'],
    [['--name', 'is-leap'], '--name "is-leap" is not a JavaScript name'],
    [['--checker', 'unorderd'], '--checker "unorderd" is not a checker'],
    [['--checker', 'custom'], '--checker custom needs a checker.ts'],
    [['--abs', '-1'], '--abs "-1" is not a tolerance'],
    [['--time-limit', '5'], '--time-limit must be a whole number from 10 to 60000, not "5"'],
  ])('rejects the options %j', (options, message) => {
    const result = importFile('leap.json', 'nope', ...options);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(ws, 'problems', 'nope'))).toBe(false);
  });

  it('names the parameter, both cases and their values when the types clash, without suggesting --property for a single property', () => {
    writeFileSync(
      join(ws, 'clash.json'),
      JSON.stringify({ cases: [{ description: 'a list', property: 'f', input: { xs: [[1, 2], [3]] }, expected: 0 }, { description: 'a word', property: 'f', input: { xs: 'abc' }, expected: 0 }] }),
    );
    const result = kata(ws, 'import', 'exercism', 'clash.json', '--slug', 'clash');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot infer one type for parameter "xs": case "a list" has [[1,2],[3]] but case "a word" has "abc"');
    expect(result.stderr).not.toMatch(/unknown|--property|--function/);
  });
});
