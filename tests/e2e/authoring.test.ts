/**
 * The authoring features through the real bin/kata.js, on copies of the authoring fixture
 * workspace: class problems, custom checkers, float tolerances, unordered-deep answers,
 * expected errors, records/maps/bigints and generators. Verdicts, exit codes and messages,
 * and no hidden data in any output. Type-checking is skipped unless a test is about it:
 * kata validate (tests/e2e/validate.test.ts) type-checks every fixture solution.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoringSolution, copyAuthoringWorkspace, packageFile, parseReport, readJsonFile, writeJsonFile, type JsonReport } from '../authoring-helpers.ts';
import { kata, type CliResult } from '../helpers.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadHiddenCases, loadProblem } from '../../src/problem/load.ts';

const verdicts = (report: JsonReport) => Object.fromEntries(report.cases.map((c) => [c.id, c.verdict]));
const messageOf = (report: JsonReport, id: string) => report.cases.find((c) => c.id === id)?.message;

/** `kata judge <slug> --json` on a solution given by path, type-check skipped. */
function judgeJson(ws: string, slug: string, solution: string, ...more: string[]): { result: CliResult; report: JsonReport } {
  const result = kata(ws, 'judge', slug, '--solution', solution, '--json', '--no-typecheck', ...more);
  expect(result.stderr).toBe('');
  return { result, report: parseReport(result.stdout) };
}

const wrong = (ws: string, slug: string, name: string) => packageFile(ws, slug, `wrong/${name}`);
const reference = (ws: string, slug: string) => packageFile(ws, slug, 'reference.ts');

describe('kata show on the authoring workspace', () => {
  const ws = copyAuthoringWorkspace();

  it('shows the class outline of a design problem', () => {
    const result = kata(ws, 'show', 'lru-cache');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('class LRUCache {\n    constructor(capacity: number);\n    get(key: number): number;\n    put(key: number, value: number): void;\n  }');
    // The statement shows both examples, so kata does not print them again.
    expect(result.stdout).toContain('operations = ["LRUCache", "put", "get"], arguments = [[1], [3, 30], [3]]   ->   [null, null, 30]');
    expect(result.stdout).toContain('Examples: the 2 shown above (kata test runs them)');
  });

  it('shows Maps, bigints and records in the generated signature', () => {
    const result = kata(ws, 'show', 'account-balances');
    expect(result.stdout).toContain(
      'function settle(opening: Map<string, bigint>, transfers: { from: string; to: string; amount: bigint }[]): { balances: Map<string, bigint>; richest: string | null }',
    );
    // Bigints as the literals a solver writes, never as quoted digits.
    // The example the statement does not show, in kata's list, numbered as kata test numbers it.
    expect(result.stdout).toContain('More examples (besides the 2 shown above)\n  3. opening = {"cy":9007199254740993n,"di":1n}, transfers = [{"from":"cy","to":"di","amount":2n}]\n     -> {"balances":{"cy":9007199254740991n,"di":3n},"richest":"cy"}');
    expect(result.stdout).not.toContain('"9007199254740993"');
  });

  it('shows a char parameter as a string, and which examples throw', () => {
    const result = kata(ws, 'show', 'parse-number');
    expect(result.stdout).toContain('function parseNumber(text: string, separator: string): number');
    expect(result.stdout).toMatch(/-> throws \W*unexpected \W*a\W* at 2/);
    expect(result.stdout).toMatch(/text = "", separator = "_"\n\s+-> throws\n/);
  });
});

describe('class problems', () => {
  const ws = copyAuthoringWorkspace();

  it('names the step, the call, the values and the method of a wrong result on an example', () => {
    const { result, report } = judgeJson(ws, 'lru-cache', wrong(ws, 'lru-cache', 'wa-fifo.ts'));
    expect(result.status).toBe(1);
    expect(report.verdict).toBe('WA');
    expect(messageOf(report, 'example-1')).toBe('at step 5: get(7) returned 70, expected -1 (get(key: number): number)');
  });

  it('names the step at which a method threw; on hidden cases only the error kind and line', () => {
    const { result, report } = judgeJson(ws, 'lru-cache', wrong(ws, 'lru-cache', 're-throws-on-miss.ts'));
    expect(result.status).toBe(1);
    expect(report.verdict).toBe('RE');
    expect(messageOf(report, 'example-1')).toMatch(/^at step 5 \(get\(7\)\): RangeError: no key 7 at .*re-throws-on-miss\.ts:9:\d+$/);
    const hidden = report.cases.filter((c) => c.kind === 'hidden' && c.verdict === 'RE');
    expect(hidden.length).toBeGreaterThan(0);
    // The method, but not its arguments nor the error's message (which could carry them).
    // Hidden: a fixed phrase; the step, the call, the error kind and the line are all the solution's to choose.
    for (const c of hidden) expect(c.message).toBe('the solution threw');
  });

  it('shows no call, argument or value of a hidden case', () => {
    const secrets = ['314159', '271828', '161803', '141421', '173205'];
    const json = kata(ws, 'judge', 'lru-cache', '--solution', authoringSolution('lru-small-keys.ts'), '--json', '--no-typecheck');
    const human = kata(ws, 'judge', 'lru-cache', '--solution', authoringSolution('lru-small-keys.ts'), '--no-typecheck');
    expect(json.status).toBe(1);
    expect(human.status).toBe(1);
    const report = parseReport(json.stdout);
    expect(verdicts(report)).toMatchObject({ 'example-1': 'AC', 'example-2': 'AC', 'hidden-3': 'WA' });
    expect(messageOf(report, 'hidden-3')).toBe('wrong answer');
    expect(human.stdout).toContain('hidden-3   WA');
    for (const output of [json.stdout + json.stderr, human.stdout + human.stderr]) {
      for (const secret of secrets) expect(output).not.toContain(secret);
      expect(output).not.toContain('get(');
    }
  });

  it('gives WA naming the step for a result of the wrong type, and CE when type-checked', () => {
    const { report } = judgeJson(ws, 'lru-cache', authoringSolution('lru-string-values.ts'));
    expect(report.verdict).toBe('WA');
    expect(messageOf(report, 'example-1')).toBe('at step 3: get(5) answer: expected int, got a string (get(key: number): number)');
    expect(messageOf(report, 'hidden-1')).toBe('wrong answer');
    const typed = kata(ws, 'judge', 'lru-cache', '--solution', authoringSolution('lru-string-values.ts'), '--json');
    expect(typed.status).toBe(1);
    expect(parseReport(typed.stdout)).toMatchObject({ verdict: 'CE', message: expect.stringContaining('LRUCache does not match the signature class LRUCache {') });
  });

  it('kata new writes a class stub with every method, which compiles and fails', () => {
    expect(kata(ws, 'new', 'lru-cache').status).toBe(0);
    const stub = readFileSync(join(ws, 'solutions', 'lru-cache.ts'), 'utf8');
    expect(stub).toContain('export class LRUCache {');
    expect(stub).toContain('  constructor(capacity: number) {');
    expect(stub).toContain('  get(key: number): number {');
    expect(stub).toContain('  put(key: number, value: number): void {');
    expect(stub.match(/throw new Error\('not implemented'\);/g)).toHaveLength(3);
    const test = kata(ws, 'test', 'lru-cache');
    expect(test.status).toBe(1);
    expect(test.stdout).toMatch(/example-1\s+RE .*Error: not implemented at solutions\/lru-cache\.ts:8:\d+/);
  });
});

describe('custom checkers', () => {
  const ws = copyAuthoringWorkspace();
  const checker = packageFile(ws, 'topo-order', 'checker.ts');
  const originalChecker = readFileSync(checker, 'utf8');

  it('accepts a reference whose orders differ from the expected ones', () => {
    const { result, report } = judgeJson(ws, 'topo-order', reference(ws, 'topo-order'));
    expect(result.status).toBe(0);
    expect(report).toMatchObject({ verdict: 'AC', passed: 8, total: 8 });
  });

  it('is what accepts it: with the exact checker the same reference gets WA', () => {
    const meta = packageFile(ws, 'topo-order', 'problem.json');
    const original = readFileSync(meta, 'utf8');
    try {
      writeJsonFile(meta, { ...readJsonFile<Record<string, unknown>>(meta), checker: { kind: 'exact' } });
      const { report } = judgeJson(ws, 'topo-order', reference(ws, 'topo-order'));
      expect(report.verdict).toBe('WA');
      expect(messageOf(report, 'example-1')).toBe('wrong answer at [1]');
    } finally {
      writeFileSync(meta, original);
    }
  });

  it("shows the checker's message on examples and only 'wrong answer' on hidden cases", () => {
    const { result, report } = judgeJson(ws, 'topo-order', wrong(ws, 'topo-order', 'wa-identity.ts'));
    expect(result.status).toBe(1);
    expect(messageOf(report, 'example-1')).toBe('wrong answer: the edge 2 -> 0 points backwards');
    expect(messageOf(report, 'example-2')).toBe('wrong answer: the edge 3 -> 1 points backwards');
    const hidden = report.cases.filter((c) => c.kind === 'hidden' && c.verdict === 'WA');
    expect(hidden.map((c) => c.id)).toEqual(['hidden-4', 'hidden-5', 'hidden-6']);
    for (const c of hidden) expect(c.message).toBe('wrong answer');
  });

  it('may return a boolean', () => {
    try {
      writeFileSync(
        checker,
        [
          'export function check(input: Record<string, unknown>, _expected: unknown, actual: unknown): boolean {',
          '  const order = actual as number[];',
          '  const at = new Map(order.map((vertex, index) => [vertex, index]));',
          '  return order.length === input.n && at.size === order.length && (input.edges as number[][]).every(([u, v]) => at.get(u!)! < at.get(v!)!);',
          '}',
          '',
        ].join('\n'),
      );
      const { report } = judgeJson(ws, 'topo-order', wrong(ws, 'topo-order', 'wa-identity.ts'));
      // true: AC; false: WA, with no message to show.
      expect(verdicts(report)).toMatchObject({ 'example-1': 'WA', 'hidden-1': 'AC', 'hidden-2': 'AC', 'hidden-3': 'AC', 'hidden-4': 'WA' });
      expect(messageOf(report, 'example-1')).toBe('wrong answer');
    } finally {
      writeFileSync(checker, originalChecker);
    }
  });

  it('names checker.ts, with exit 2, when it throws or exports no check', () => {
    try {
      writeFileSync(checker, "export function check(): boolean {\n  throw new Error('checker bug');\n}\n");
      const threw = kata(ws, 'judge', 'topo-order', '--solution', reference(ws, 'topo-order'), '--no-typecheck');
      expect(threw.status).toBe(2);
      expect(threw.stderr).toContain('problems/topo-order/checker.ts threw: checker bug');
      writeFileSync(checker, 'export function verify(): boolean {\n  return true;\n}\n');
      const missing = kata(ws, 'judge', 'topo-order', '--solution', reference(ws, 'topo-order'), '--no-typecheck');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('problems/topo-order/checker.ts does not export a function named "check"');
    } finally {
      writeFileSync(checker, originalChecker);
    }
  });
});

describe('float tolerances', () => {
  const ws = copyAuthoringWorkspace();

  it('accepts answers within either tolerance, and reports the largest error of each case to the author', async () => {
    const { result, report } = judgeJson(ws, 'prefix-means', authoringSolution('prefix-means-close.ts'));
    expect(result.status).toBe(0);
    expect(report.verdict).toBe('AC');
    // A solver's report carries no float error for a hidden case: a right answer's error can be chosen to carry data out.
    expect(report.cases.filter((c) => c.kind === 'hidden' && c.maxError !== undefined)).toEqual([]);
    // The author sees them, as kata validate does.
    const problem = loadProblem(ws, 'prefix-means');
    const judgment = await judgeSolution({
      problem,
      cases: [...problem.examples, ...loadHiddenCases(ws, problem)],
      solutionFile: authoringSolution('prefix-means-close.ts'),
      solutionLabel: 'prefix-means-close.ts',
      cacheDir: join(ws, '.kata', 'cache'),
      revealHidden: true,
    });
    expect(judgment.verdict).toBe('AC');
    const error = (id: string) => judgment.cases.find((c) => c.id === id)!.maxError!;
    // Means near 10^12 are off by about 4 * 10^5: far beyond abs 1e-6, within rel 1e-6.
    expect(error('hidden-4')).toBeGreaterThan(1e5);
    // Means of 0 are off by 4e-7: rel * 0 is 0, abs 1e-6 holds.
    expect(error('hidden-3')).toBeGreaterThan(1e-7);
    expect(error('hidden-3')).toBeLessThan(1e-6);
    // The case without numbers has no float to err on.
    expect(judgment.cases.find((c) => c.id === 'hidden-1')!.maxError).toBeUndefined();
  });

  it('shows the largest float error, not the first, and the tolerance on a wrong answer', () => {
    const { result, report } = judgeJson(ws, 'prefix-means', wrong(ws, 'prefix-means', 'wa-truncates.ts'));
    expect(result.status).toBe(1);
    expect(messageOf(report, 'example-2')).toBe('wrong answer at [3] (largest float error 6.00e-1; tolerance abs 0.000001, rel 0.000001)');
    expect(report.cases.find((c) => c.id === 'example-2')!.maxError).toBeCloseTo(0.6, 9);
    // On a hidden case the float error would reveal the expected value.
    expect(messageOf(report, 'hidden-3')).toBe('wrong answer');
    expect(report.cases.find((c) => c.id === 'hidden-3')!.maxError).toBeUndefined();
  });

  it('shows where the answer differs, with the values, for an example', () => {
    const result = kata(ws, 'test', 'prefix-means', '--solution', wrong(ws, 'prefix-means', 'wa-truncates.ts'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/diff\s+at \[3\]: expected 1\.25, got 1/);
  });

  it('lets a case-level checker loosen the tolerance for that case only', () => {
    const { report } = judgeJson(ws, 'prefix-means', authoringSolution('prefix-means-rough.ts'));
    expect(report.verdict).toBe('WA');
    expect(verdicts(report)).toMatchObject({ 'example-1': 'WA', 'hidden-2': 'WA', 'hidden-6': 'AC' });
    expect(messageOf(report, 'hidden-2')).toBe('wrong answer');
  });
});

describe('unordered-deep answers', () => {
  const ws = copyAuthoringWorkspace();

  it('accepts groups and words in any order', () => {
    // The expected answers list groups in other orders than the reference returns them.
    expect(judgeJson(ws, 'group-anagrams', reference(ws, 'group-anagrams')).report).toMatchObject({ verdict: 'AC', passed: 8 });
    const { report } = judgeJson(ws, 'group-anagrams', authoringSolution('anagrams-shuffled.ts'));
    // ... except on the case whose own checker is "unordered": there the words keep their order.
    expect(verdicts(report)).toEqual({
      'example-1': 'AC',
      'example-2': 'AC',
      'hidden-1': 'AC',
      'hidden-2': 'AC',
      'hidden-3': 'AC',
      'hidden-4': 'AC',
      'hidden-5': 'AC',
      'hidden-6': 'WA',
    });
  });

  it('still counts repeated words', () => {
    const { result, report } = judgeJson(ws, 'group-anagrams', wrong(ws, 'group-anagrams', 'wa-drops-repeats.ts'));
    expect(result.status).toBe(1);
    expect(verdicts(report)).toMatchObject({ 'example-1': 'AC', 'example-2': 'WA', 'hidden-4': 'WA' });
  });
});

describe('cases that expect an error', () => {
  const ws = copyAuthoringWorkspace();

  it('gives WA when the call returns instead of throwing, showing what it returned', () => {
    const result = kata(ws, 'test', 'parse-number', '--solution', wrong(ws, 'parse-number', 'wa-skips-junk.ts'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/example-2\s+WA .*expected the call to throw, but it returned/);
    expect(result.stdout).toMatch(/expected\s+\{"error":\{"message":"unexpected \\"a\\" at 2"\}\}/);
    expect(result.stdout).toMatch(/actual\s+12\n/);
    expect(result.stdout).toMatch(/example-3\s+WA .*expected the call to throw, but it returned/);
  });

  it('compares the message when the case gives one, and only then', () => {
    const { report } = judgeJson(ws, 'parse-number', wrong(ws, 'parse-number', 'wa-counts-from-one.ts'));
    expect(report.verdict).toBe('WA');
    expect(messageOf(report, 'example-2')).toBe('threw "unexpected \\"a\\" at 3", expected the message "unexpected \\"a\\" at 2"');
    // Empty input: the case takes any message.
    expect(verdicts(report)['example-3']).toBe('AC');
    // Separator errors: any message; a wrong position in an "unexpected" message: WA.
    expect(verdicts(report)).toMatchObject({ 'hidden-6': 'AC', 'hidden-7': 'AC', 'hidden-8': 'AC', 'hidden-5': 'WA', 'hidden-10': 'WA' });
  });

  it('gives RE when a call that must return throws', () => {
    const { report } = judgeJson(ws, 'parse-number', wrong(ws, 'parse-number', 're-no-separator.ts'));
    expect(report.verdict).toBe('RE');
    expect(messageOf(report, 'example-1')).toMatch(/^Error: not a number: 1,234 at .*re-no-separator\.ts:3:\d+$/);
  });

  it('shows neither the expected nor the thrown message of a hidden case', () => {
    const json = kata(ws, 'judge', 'parse-number', '--solution', authoringSolution('parse-number-message-only.ts'), '--json', '--no-typecheck');
    const human = kata(ws, 'judge', 'parse-number', '--solution', authoringSolution('parse-number-message-only.ts'), '--no-typecheck');
    const report = parseReport(json.stdout);
    expect(verdicts(report)).toMatchObject({ 'example-2': 'AC', 'hidden-5': 'WA', 'hidden-10': 'WA' });
    expect(messageOf(report, 'hidden-5')).toBe('threw, but not with the expected message');
    for (const output of [json.stdout + json.stderr, human.stdout + human.stderr]) {
      expect(output).not.toContain('unexpected "," at');
      expect(output).not.toContain('unexpected \\",\\" at');
      expect(output).not.toContain('"-" at');
      expect(output).not.toContain('7,7');
    }
  });
});

describe('records, maps and bigints', () => {
  const ws = copyAuthoringWorkspace();

  it('gives the solution Maps and bigints, and accepts Maps and bigints back', () => {
    const { result, report } = judgeJson(ws, 'account-balances', reference(ws, 'account-balances'));
    expect(result.status).toBe(0);
    expect(report).toMatchObject({ verdict: 'AC', passed: 8, total: 8 });
  });

  it('tells bigints apart beyond 2^53, naming the field and the key', () => {
    const { report } = judgeJson(ws, 'account-balances', wrong(ws, 'account-balances', 'wa-number-precision.ts'));
    expect(verdicts(report)).toMatchObject({ 'example-1': 'AC', 'example-2': 'AC', 'example-3': 'WA', 'hidden-4': 'WA' });
    expect(messageOf(report, 'example-3')).toBe('wrong answer at .balances["cy"]');
    expect(messageOf(report, 'hidden-4')).toBe('wrong answer');
  });

  it('shows the differing bigint of an example, and no account or amount of a hidden case', () => {
    const human = kata(ws, 'judge', 'account-balances', '--solution', wrong(ws, 'account-balances', 'wa-number-precision.ts'), '--no-typecheck');
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('diff     at .balances["cy"]: expected 9007199254740991n, got 9007199254740990n');
    expect(human.stdout).toContain('input    opening = {"cy":9007199254740993n,"di":1n}');
    expect(human.stdout).toMatch(/hidden-4\s+WA [\d.]+ ms {2}wrong answer\n/);
    for (const secret of ['zephyrine', 'quillon', '123456', '98765432109876543210']) expect(human.stdout + human.stderr).not.toContain(secret);
  });

  it('gives WA when the answer has the right digits as strings where bigints belong; with the type check on, CE beside the same failed cases', () => {
    const digits = join(ws, 'solutions', 'digits.ts');
    writeFileSync(
      digits,
      readFileSync(reference(ws, 'account-balances'), 'utf8')
        .replace('): { balances: Map<string, bigint>;', '): { balances: Map<string, string>;')
        .replace('return { balances, richest };', 'return { balances: new Map([...balances].map(([name, balance]) => [name, String(balance)])), richest };'),
    );
    const { report } = judgeJson(ws, 'account-balances', digits);
    expect(report.verdict).toBe('WA');
    expect(messageOf(report, 'example-1')).toBe('answer.balances["ann"]: expected bigint, got a string');
    // Only the case whose answer holds no bigint at all (no accounts) passes.
    expect(report.passed).toBe(report.cases.filter((c) => c.verdict === 'AC').length);
    expect(verdicts(report)['example-2']).toBe('AC');
    expect(report.cases.filter((c) => c.verdict === 'WA').length).toBe(report.total - 1);
    const checked = kata(ws, 'judge', 'account-balances', '--solution', digits, '--json');
    const typed = parseReport(checked.stdout);
    expect(typed.verdict).toBe('CE');
    expect(typed.passed).toBe(1);
  });

  it('names a missing map key', () => {
    const { report } = judgeJson(ws, 'account-balances', wrong(ws, 'account-balances', 'wa-only-opening.ts'));
    expect(messageOf(report, 'example-1')).toBe('wrong answer at .balances["bob"]');
  });

  it('kata new writes the signature with Map, bigint and record types', () => {
    expect(kata(ws, 'new', 'account-balances').status).toBe(0);
    expect(readFileSync(join(ws, 'solutions', 'account-balances.ts'), 'utf8')).toContain(
      'export function settle(opening: Map<string, bigint>, transfers: { from: string; to: string; amount: bigint }[]): { balances: Map<string, bigint>; richest: string | null } {',
    );
  });
});

describe('generators', () => {
  const ws = copyAuthoringWorkspace();
  const cacheDir = join(ws, '.kata', 'cache', 'generated', 'max-subarray');
  const cached = () => (existsSync(cacheDir) ? readdirSync(cacheDir).sort() : []);
  const read = (name: string) => readJsonFile<{ input: { nums: number[] }; expected: number }>(join(cacheDir, name));
  const bruteForce = (nums: number[]) => {
    let best = -Infinity;
    for (let i = 0; i < nums.length; i++) {
      let sum = 0;
      for (let j = i; j < nums.length; j++) best = Math.max(best, (sum += nums[j]!));
    }
    return best;
  };

  it('makes the generated hidden cases, answers them with the reference and caches them', () => {
    expect(cached()).toEqual([]);
    const { result, report } = judgeJson(ws, 'max-subarray', reference(ws, 'max-subarray'));
    expect(result.status).toBe(0);
    expect(report).toMatchObject({ verdict: 'AC', passed: 8, total: 8 });
    expect(report.cases.map((c) => c.id)).toEqual(['example-1', 'example-2', 'hidden-1', 'hidden-2', 'hidden-3', 'hidden-4', 'hidden-5', 'hidden-6']);
    const files = cached();
    expect(files).toHaveLength(3);
    const [small, negative, large] = ['-2-10.json', '-3-50.json', '-4-100000.json'].map((end) => files.find((name) => name.endsWith(end))!);
    expect(small && negative && large).toBeTruthy();
    expect(read(small!).input.nums).toHaveLength(10);
    expect(read(small!).expected).toBe(bruteForce(read(small!).input.nums));
    const allNegative = read(negative!);
    expect(allNegative.input.nums).toHaveLength(50);
    expect(allNegative.input.nums.every((value) => value < 0)).toBe(true);
    expect(allNegative.expected).toBe(Math.max(...allNegative.input.nums));
    expect(read(large!).input.nums).toHaveLength(100_000);
  });

  it('makes the same case from the same seed, in another workspace', () => {
    const other = copyAuthoringWorkspace();
    expect(judgeJson(other, 'max-subarray', reference(other, 'max-subarray')).report.verdict).toBe('AC');
    const otherDir = join(other, '.kata', 'cache', 'generated', 'max-subarray');
    expect(readdirSync(otherDir).sort()).toEqual(cached());
    for (const name of cached()) expect(readFileSync(join(otherDir, name), 'utf8')).toBe(readFileSync(join(cacheDir, name), 'utf8'));
  });

  it('judges from the cache, and makes the cases again when generator.ts changes', () => {
    const small = cached().find((name) => name.endsWith('-2-10.json'))!;
    const tampered = read(small);
    writeJsonFile(join(cacheDir, small), { ...tampered, expected: tampered.expected + 1 });
    const stale = judgeJson(ws, 'max-subarray', reference(ws, 'max-subarray')).report;
    expect(verdicts(stale)).toMatchObject({ 'hidden-4': 'WA', 'hidden-5': 'AC' });

    const generator = packageFile(ws, 'max-subarray', 'generator.ts');
    writeFileSync(generator, `${readFileSync(generator, 'utf8')}\n// edited\n`);
    expect(judgeJson(ws, 'max-subarray', reference(ws, 'max-subarray')).report.verdict).toBe('AC');
    expect(cached()).toHaveLength(6);
  });

  it('shows nothing of a generated case', () => {
    const human = kata(ws, 'judge', 'max-subarray', '--solution', wrong(ws, 'max-subarray', 'wa-allows-empty.ts'), '--no-typecheck');
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/hidden-5\s+WA [\d.]+ ms {2}wrong answer\n/);
    const negative = read(cached().find((name) => name.endsWith('-3-50.json'))!);
    expect(human.stdout).not.toContain(negative.input.nums.slice(0, 3).join(','));
    expect(human.stdout).not.toContain(negative.input.nums.slice(0, 3).join(', '));
  });
});
