/**
 * kata validate through the real CLI: every authoring fixture validates with exit 0; then copies
 * broken in one way at a time each exit 1, with a message naming the file and the field or case.
 *
 * All tests share one workspace copy, so that the type-check cache that the first, full run
 * fills serves the later ones: each broken test edits files of one package and puts the
 * package back afterwards.
 */
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUTHORING_SLUGS, AUTHORING_WORKSPACE, copyAuthoringWorkspace, packageFile, readJsonFile, writeJsonFile } from '../authoring-helpers.ts';
import { kata, type CliResult } from '../helpers.ts';

const ws = copyAuthoringWorkspace();

/** Breaks a copy of one package, runs `kata validate <slug> ...more`, and puts the package back. */
function validateBroken(slug: string, breakIt: (file: (name: string) => string) => void, ...more: string[]): CliResult {
  const dir = join(ws, 'problems', slug);
  try {
    breakIt((name) => join(dir, name));
    return kata(ws, 'validate', slug, ...more);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(AUTHORING_WORKSPACE, 'problems', slug), dir, { recursive: true });
  }
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
/** The lines of findings that are errors (✗) or warnings (!). */
const marked = (result: CliResult, mark: '✗' | '!') => result.stdout.split('\n').map((line) => line.trim()).filter((line) => line.startsWith(`${mark} `));

describe('kata validate on good packages', () => {
  let all: CliResult;
  beforeAll(() => {
    all = kata(ws, 'validate');
  }, 120_000);

  it('validates every problem when no slug is given, with exit 0', () => {
    expect(all.stderr).toBe('');
    expect(all.stdout.trimEnd().split('\n').at(-1)).toBe('7 problems checked: 0 errors, 0 warnings');
    expect(all.status).toBe(0);
    expect(all.stdout.split('\n').filter((line) => /^[a-z]/.test(line) && !line.includes(' '))).toEqual(AUTHORING_SLUGS);
    expect(marked(all, '✗')).toEqual([]);
    expect(marked(all, '!')).toEqual([]);
  });

  it.each(AUTHORING_SLUGS)('reports each check it made on %s', (slug) => {
    const section = all.stdout.split(/\n(?=[a-z])/).find((part) => part.startsWith(`${slug}\n`))!;
    expect(section).toContain('✓ every file matches the package format and every case the signature');
    expect(section).toMatch(new RegExp(`✓ problems/${slug}/statement\\.md: the (example it shows agrees|\\d+ examples it shows agree) with examples\\.json`));
    expect(section).toMatch(new RegExp(`✓ problems/${slug}/reference\\.ts: accepted on all \\d+ cases; slowest \\S+ in [\\d.]+ ms \\(limit 500 ms\\)`));
    expect(section).toContain('✓ the stub that kata new writes compiles and fails (RE)');
  });

  it('judges every wrong solution and confirms the verdict its name declares', () => {
    const lines = all.stdout.split('\n').filter((line) => line.includes('/wrong/'));
    expect(lines.map((line) => /problems\/([\w-]+\/wrong\/[\w-]+\.ts): gets (\w+)/.exec(line)?.slice(1).join(' '))).toEqual([
      'account-balances/wrong/wa-number-precision.ts WA',
      'account-balances/wrong/wa-only-opening.ts WA',
      'group-anagrams/wrong/wa-drops-repeats.ts WA',
      'lru-cache/wrong/re-throws-on-miss.ts RE',
      'lru-cache/wrong/wa-fifo.ts WA',
      'max-subarray/wrong/tle-every-run.ts TLE',
      'max-subarray/wrong/wa-allows-empty.ts WA',
      'parse-number/wrong/re-no-separator.ts RE',
      'parse-number/wrong/wa-counts-from-one.ts WA',
      'parse-number/wrong/wa-skips-junk.ts WA',
      'prefix-means/wrong/wa-truncates.ts WA',
      'topo-order/wrong/wa-identity.ts WA',
    ]);
    expect(all.stdout).toContain('✓ problems/max-subarray/wrong/tle-every-run.ts: gets TLE on hidden-6: did not return within 500 ms');
  });

  it('checks the generator: deterministic, with the signature types, on each generated case', () => {
    expect(all.stdout).toContain("✓ problems/max-subarray/generator.ts: deterministic, and its cases have the signature's types (3 runs checked)");
  });

  it('validates only the slugs given, and passes --strict when there is no warning', () => {
    const result = kata(ws, 'validate', 'parse-number', 'topo-order', '--strict');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('parse-number\n')).toBe(true);
    expect(result.stdout).toContain('\ntopo-order\n');
    expect(result.stdout).not.toContain('lru-cache');
    expect(result.stdout).toContain('2 problems checked: 0 errors, 0 warnings');
  });

  it('exits 2 for an unknown slug, before validating anything', () => {
    const result = kata(ws, 'validate', 'parse-number', 'parse-numbr');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown problem "parse-numbr"');
    expect(result.stderr).toContain('did you mean "parse-number"');
  });
});

describe('kata validate on broken packages', () => {
  it('names problem.json and each field that does not match the format', () => {
    const result = validateBroken('prefix-means', (file) =>
      edit(file('problem.json'), (text) => text.replace('"timeMs": 500', '"timeMs": 5').replace('"int[]"', '"integer[]"')),
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ problems/prefix-means/problem.json: does not match the package format');
    expect(result.stdout).toMatch(/limits\.timeMs: .*10/);
    expect(result.stdout).toContain('signature.params.0.type: unknown type "integer"');
    expect(result.stdout).toContain('1 problem checked: 1 error, 0 warnings');
  });

  it('names a case file that is not valid JSON, with the line and column, and shows the line', () => {
    const broken = '  {"input": {"nums": [3]}, "expected": [3],}';
    const result = validateBroken('prefix-means', (file) => writeFileSync(file('hidden.json'), `[\n  {"input": {"nums": [1, 2]}, "expected": [1, 1.5]},\n${broken}\n]\n`));
    expect(result.status).toBe(1);
    const column = broken.indexOf(',}') + 2;
    expect(result.stdout).toContain(
      `✗ problems/prefix-means/hidden.json: is not valid JSON: unexpected "}" at line 3, column ${column}\n` +
        `        3 | ${broken}\n` +
        `        ${' '.repeat('3 | '.length + column - 1)}^\n`,
    );
    // The examples still run, and the report says that the hidden cases were not among them.
    expect(result.stdout).toContain('- problems/prefix-means/hidden.json: cannot be read, so its cases are left out of the runs below');
  });

  it('shows every layer of a package broken three ways in one run: a misspelt checker kind, a case of the wrong type, a disagreeing statement example', () => {
    const result = validateBroken('prefix-means', (file) => {
      edit(file('problem.json'), (text) => text.replace('"kind": "exact"', '"kind": "unorderd"'));
      edit(file('hidden.json'), (text) => text.replace('"nums":[7]', '"nums":[7.5]'));
      edit(file('statement.md'), (text) => text.replace('->   [1, 1.5, 3]', '->   [1, 1.5, 4]'));
    });
    expect(result.status).toBe(1);
    const errors = marked(result, '✗');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe('✗ problems/prefix-means/problem.json: does not match the package format:');
    expect(result.stdout).toContain('checker.kind: Invalid option: expected one of "exact"|"unordered"|"unordered-deep"|"custom" (did you mean "unordered" for "unorderd"?)');
    expect(errors[1]).toMatch(/^✗ problems\/prefix-means\/hidden\.json: case \d+: input\.nums\[0\]: expected int, got a fractional number$/);
    expect(errors[2]).toMatch(/^✗ problems\/prefix-means\/statement\.md: line \d+: the example "nums = \[1, 2, 6\]   ->   \[1, 1\.5, 4\]" disagrees with examples\.json: examples\.json has \[1,1\.5,3\] for this input$/);
    // What could not run is said, with why.
    expect(result.stdout).toContain('- not run: the generator, the reference, the stub of kata new and wrong/ (problem.json has errors, so the limits or the checker are not known)');
    expect(result.stdout).toContain('1 problem checked: 3 errors, 0 warnings');
  });

  it('with --json, prints the findings of each problem as data, and the totals', () => {
    const result = validateBroken('prefix-means', (file) => edit(file('statement.md'), (text) => text.replace('->   [1, 1.5, 3]', '->   [1, 1.5, 4]')), 'topo-order', '--json');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      schemaVersion: number;
      problems: { slug: string; ok: boolean; errors: number; warnings: number; findings: { level: string; file: string | null; message: string }[] }[];
      totals: { problems: number; errors: number; warnings: number };
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.problems.map((problem) => [problem.slug, problem.ok, problem.errors])).toEqual([
      ['prefix-means', false, 1],
      ['topo-order', true, 0],
    ]);
    expect(report.problems[0]!.findings).toContainEqual({
      level: 'error',
      file: 'problems/prefix-means/statement.md',
      message: expect.stringMatching(/^line \d+: the example "nums = \[1, 2, 6\]   ->   \[1, 1\.5, 4\]" disagrees with examples\.json/),
    });
    expect(report.problems[0]!.findings).toContainEqual({ level: 'ok', file: 'problems/prefix-means/reference.ts', message: expect.stringMatching(/^accepted on all \d+ cases/) });
    expect(report.totals).toMatchObject({ problems: 2, errors: 1, warnings: 0 });
  });

  it('compares statement examples as values: a bigint shown as 5n, or as a number, matches the digits of examples.json', () => {
    const result = validateBroken('account-balances', (file) =>
      edit(file('statement.md'), (text) =>
        text.replace(
          'opening = {"ann": "10"}, transfers = [{"from": "ann", "to": "bob", "amount": "4"}]   ->   {"balances": {"ann": "6", "bob": "4"}, "richest": "ann"}',
          'opening = {"ann": 10n}, transfers = [{"from": "ann", "to": "bob", "amount": 4}]   ->   {"balances": {"ann": 6n, "bob": 5n}, "richest": "ann"}',
        ),
      ),
    );
    expect(result.status).toBe(1);
    // The input matched by value; the answer differs in one bigint, shown as the bigint it is.
    expect(marked(result, '✗')).toEqual([
      expect.stringMatching(/^✗ problems\/account-balances\/statement\.md: line \d+: the example ".*" disagrees with examples\.json: examples\.json has \{"balances":\{"ann":6n,"bob":4n\},"richest":"ann"\} for this input$/),
    ]);
  });

  it('lists every case that does not fit the signature, in both case files', () => {
    const result = validateBroken('account-balances', (file) => {
      const examples = readJsonFile<{ input: Record<string, unknown>; expected: Record<string, unknown> }[]>(file('examples.json'));
      examples[1]!.input.opening = { ann: 'ten' };
      examples[2]!.expected.richest = 7;
      writeJsonFile(file('examples.json'), examples);
      const hidden = readJsonFile<{ input: { transfers: Record<string, unknown>[] } }[]>(file('hidden.json'));
      hidden[1]!.input.transfers[0]!.amount = 3.5;
      hidden[3]!.input.transfers[1]!.currency = 'EUR';
      writeJsonFile(file('hidden.json'), hidden);
      // Keep the statement in step with the example it shows.
      edit(file('statement.md'), (text) => text.replace('opening = {}, transfers = []   ->   {"balances": {}, "richest": null}', ''));
    });
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual([
      '✗ problems/account-balances/examples.json: case 2: input.opening["ann"]: expected bigint, got a string',
      '✗ problems/account-balances/examples.json: case 3: expected.richest: expected string, got an integer',
      '✗ problems/account-balances/hidden.json: case 2: input.transfers[0].amount: expected bigint, got a fractional number',
      '✗ problems/account-balances/hidden.json: case 4: input.transfers[1]: unexpected field "currency" (fields: from, to, amount)',
    ]);
    expect(result.stdout).toContain('4 errors');
    // The cases that fit still run, and say that they are not all of them.
    expect(result.stdout).toContain('- 4 cases that do not match the signature are left out of the runs below');
    expect(result.stdout).toMatch(/✓ problems\/account-balances\/reference\.ts: accepted on all \d+ cases/);
  });

  it('names a missing statement', () => {
    const result = validateBroken('topo-order', (file) => rmSync(file('statement.md')));
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual(['✗ problems/topo-order/statement.md: is missing: write the statement in your own words']);
  });

  it('names the statement line whose example examples.json does not have', () => {
    const result = validateBroken('topo-order', (file) => edit(file('statement.md'), (text) => text.replace('->   [2, 3, 1, 0]', '->   [3, 2, 1, 0]')));
    expect(result.status).toBe(1);
    const line = readFileSync(join(AUTHORING_WORKSPACE, 'problems', 'topo-order', 'statement.md'), 'utf8').split('\n').findIndex((text) => text.includes('[2, 3, 1, 0]')) + 1;
    expect(marked(result, '✗')).toEqual([
      `✗ problems/topo-order/statement.md: line ${line}: the example "n = 4, edges = [[3, 1], [1, 0], [2, 0]]   ->   [3, 2, 1, 0]" disagrees with examples.json: examples.json has [2,3,1,0] for this input`,
    ]);
  });

  it('names checker.ts when a custom checker is asked for but missing', () => {
    const result = validateBroken('topo-order', (file) => rmSync(file('checker.ts')));
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual(['✗ problems/topo-order/checker.ts: is missing, but problem.json asks for a custom checker']);
  });

  it('names the case the reference fails', () => {
    const result = validateBroken('parse-number', (file) => {
      const hidden = readJsonFile<{ expected?: unknown }[]>(file('hidden.json'));
      hidden[1]!.expected = 987654320;
      writeJsonFile(file('hidden.json'), hidden);
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ problems\/parse-number\/reference\.ts: gets WA on hidden-2: wrong answer.*: the reference must pass every case/);
    // A wrong solution's failure could be that broken case's fault: not checked, rather than passed.
    const wrongLines = result.stdout.split('\n').filter((line) => line.includes('/wrong/'));
    expect(wrongLines).toHaveLength(3);
    for (const line of wrongLines) expect(line).toMatch(/^ {2}- problems\/parse-number\/wrong\/[\w-]+\.ts: not checked: the reference fails a case/);
  });

  it('names the case on which the reference takes more than half the time limit', () => {
    const result = validateBroken('prefix-means', (file) => {
      edit(file('problem.json'), (text) => text.replace('"timeMs": 500', '"timeMs": 1000'));
      // Slow on one case only: busy for 600 ms of CPU time (what limits are on) when the input is [7] (hidden-2).
      const spin = 'for (const start = process.cpuUsage(); process.cpuUsage(start).user + process.cpuUsage(start).system < 600_000; );';
      edit(file('reference.ts'), (text) =>
        text.replace('export function prefixMeans(nums: number[]): number[] {', `export function prefixMeans(nums: number[]): number[] {\n  if (nums.length === 1 && nums[0] === 7) ${spin}`),
      );
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ problems\/prefix-means\/reference\.ts: takes [\d.]+ ms on hidden-2, more than half the 1000 ms limit: raise limits\.timeMs or speed up the reference/);
  });

  it('names examples.json when the stub of kata new passes every example', () => {
    const result = validateBroken('parse-number', (file) => {
      // Only the examples that expect an error are left: a stub that throws passes them.
      const examples = readJsonFile<{ error?: unknown }[]>(file('examples.json'));
      writeJsonFile(file('examples.json'), examples.filter((example) => example.error !== undefined && !JSON.stringify(example).includes('message')));
      edit(file('statement.md'), (text) => text.replace('text = "1,234", separator = ","   ->   1234', ''));
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ problems/parse-number/examples.json: the stub that kata new writes passes the examples: they test nothing');
  });

  it('names problem.json when the stub of kata new does not compile', () => {
    // A parameter named with a reserved word: every case and the statement say "default".
    const result = validateBroken('prefix-means', (file) => {
      for (const name of ['problem.json', 'examples.json', 'hidden.json']) edit(file(name), (text) => text.replaceAll('"nums"', '"default"'));
      edit(file('statement.md'), (text) => text.replaceAll('nums = ', 'default = '));
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ problems\/prefix-means\/problem\.json: the stub that kata new writes does not compile: .+/);
  });

  it('names a wrong solution that gets another verdict than its name declares', () => {
    const result = validateBroken('prefix-means', (file) => cpSync(file('reference.ts'), file('wrong/wa-actually-right.ts')));
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual(['✗ problems/prefix-means/wrong/wa-actually-right.ts: gets AC, but its name declares WA']);
    expect(result.stdout).toContain('✓ problems/prefix-means/wrong/wa-truncates.ts: gets WA');
  });

  it('names each wrong solution whose name declares no verdict, or AC', () => {
    const result = validateBroken('prefix-means', (file) => {
      renameSync(file('wrong/wa-truncates.ts'), file('wrong/truncates.ts'));
      cpSync(file('reference.ts'), file('wrong/ac-lucky.ts'));
    });
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual([
      '✗ problems/prefix-means/wrong/ac-lucky.ts: its name must start with the verdict it must get: wa-, tle-, mle-, re-, ce-',
      '✗ problems/prefix-means/wrong/truncates.ts: its name must start with the verdict it must get: wa-, tle-, mle-, re-, ce-',
    ]);
  });

  it('warns when there is no wrong solution', () => {
    const warned = validateBroken('prefix-means', (file) => rmSync(file('wrong'), { recursive: true }));
    expect(warned.status).toBe(0);
    expect(marked(warned, '!')).toEqual(['! problems/prefix-means/wrong/: has no wrong solutions: add some named by the verdict they must get, e.g. wa-greedy.ts, tle-brute.ts']);
    expect(warned.stdout).toContain('0 errors, 1 warning');
  });

  it('warns about an absurd tolerance; --strict turns the warning into exit 1', () => {
    const loosen = (file: (name: string) => string) => edit(file('problem.json'), (text) => text.replace('"abs": 1e-6', '"abs": 0.05'));
    const warned = validateBroken('prefix-means', loosen);
    expect(warned.status).toBe(0);
    expect(marked(warned, '!')).toEqual(['! problems/prefix-means/problem.json: checker: a tolerance above 0.01 accepts visibly wrong answers']);
    expect(warned.stdout).toContain('1 problem checked: 0 errors, 1 warning');
    const strict = validateBroken('prefix-means', loosen, '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('1 problem checked: 0 errors, 1 warning (--strict: warnings count as errors)');
  });

  it('names generator.ts when two runs with the same seed differ', () => {
    const result = validateBroken('max-subarray', (file) => {
      edit(file('generator.ts'), (text) => text.replace('const n = Math.max(1, size);', 'const n = Math.max(1, size) + Math.floor(Math.random() * 1000);'));
      // The point here is the generator; the quadratic solution's TLE would only cost time.
      rmSync(file('wrong/tle-every-run.ts'));
    });
    expect(result.status).toBe(1);
    // The longer inputs it now makes also break the bounds; that finding is tested on its own below.
    expect(marked(result, '✗').filter((line) => !line.includes('(bounds.'))).toEqual(['✗ problems/max-subarray/generator.ts: hidden-4: two runs with seed 2 made different cases: use only the random source it is given']);
  });

  it('names generator.ts when hidden.json asks for generated cases and there is none', () => {
    const result = validateBroken('max-subarray', (file) => rmSync(file('generator.ts')));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('problems/max-subarray/generator.ts is missing, but hidden.json has generated cases');
  });

  it('names generator.ts, the case and the path when the generator makes inputs of the wrong type', () => {
    const result = validateBroken('max-subarray', (file) =>
      edit(file('generator.ts'), (text) => text.replace('return { nums: ', 'return { nums: size > 20 ? [String(size)] : ')),
    );
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual([
      '✗ problems/max-subarray/generator.ts: hidden-5 (seed 3, size 50): input.nums[0]: expected int, got a string (make the generator return the inputs the signature declares)',
    ]);
    // The stored cases still run; the wrong solution caught only by a generated case is not checked, rather than failed.
    expect(result.stdout).toContain('- problems/max-subarray/generator.ts: its cases are left out of the runs below: the generator fails');
    expect(result.stdout).toMatch(/✓ problems\/max-subarray\/reference\.ts: accepted on all \d+ cases/);
    expect(result.stdout).toContain("- problems/max-subarray/wrong/tle-every-run.ts: not checked: it gets AC on the cases that were run, but the generator's cases were left out");
  });

  it('names the case, the path and the bound for a stored case outside the bounds', () => {
    const result = validateBroken('max-subarray', (file) => {
      edit(file('hidden.json'), (text) => text.replace('"nums": [5]', '"nums": [20000]').replace('"nums": [1, 2, 3]', '"nums": []'));
      rmSync(file('wrong/tle-every-run.ts'));
    });
    expect(result.status).toBe(1);
    expect(marked(result, '✗').filter((line) => line.includes('bounds'))).toEqual([
      "✗ problems/max-subarray/hidden.json: case 1: nums[0] = 20000 is above the maximum 10000 (bounds.nums): the statement's constraints rule this input out",
      "✗ problems/max-subarray/hidden.json: case 3: nums has length 0, outside [1, 100000] (bounds.nums): the statement's constraints rule this input out",
    ]);
  });

  it('names generator.ts, the seed and the size for a generated case outside the bounds', () => {
    const result = validateBroken('max-subarray', (file) => {
      edit(file('problem.json'), (text) => text.replace('"value": [-10000, 10000]', '"value": [-10000, 9990]'));
      rmSync(file('wrong/tle-every-run.ts'));
    });
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual([expect.stringMatching(/^✗ problems\/max-subarray\/generator\.ts: hidden-6 \(seed 4, size 100000\): nums\[\d+\] = 99\d\d is above the maximum 9990 \(bounds\.nums\)/)]);
  });

  it('warns when no case reaches the largest length the bounds allow', () => {
    const result = validateBroken('max-subarray', (file) => {
      edit(file('problem.json'), (text) => text.replace('"length": [1, 100000]', '"length": [1, 200000]'));
      rmSync(file('wrong/tle-every-run.ts'));
    }, '--strict');
    expect(result.status).toBe(1);
    expect(marked(result, '!')).toEqual([
      '! problems/max-subarray/hidden.json: no case reaches the maximum of the length of nums, 200000 (the largest is 100000): add a case of that size, stored or generated',
    ]);
  });

  it('names each bound that names nothing or cannot apply to its type, and checks no case against bounds it cannot apply', () => {
    const result = validateBroken('topo-order', (file) =>
      edit(file('problem.json'), (text) => text.replace('"n": { "value": [1, 1000] }', '"n": { "value": [1, 1000], "length": [1, 2] }, "edge": { "distinct": true }')),
    );
    expect(result.status).toBe(1);
    expect(marked(result, '✗')).toEqual([
      '✗ problems/topo-order/problem.json: bounds.n.length: int has no length',
      '✗ problems/topo-order/problem.json: bounds.edge: nothing is named "edge" (bounds may name: n, edges)',
    ]);
    expect(result.stdout).toContain('- the cases were not checked against bounds: bounds in problem.json has errors');
    expect(result.stdout).not.toContain('are within the bounds');
    // The layers that do not need the bounds still run.
    expect(result.stdout).toMatch(/✓ problems\/topo-order\/reference\.ts: accepted on all \d+ cases/);
  });

  it("reports the package validator's finding on a case that breaks a rule bounds cannot say", () => {
    const result = validateBroken('topo-order', (file) => {
      const hidden = readJsonFile<{ input: { n: number; edges: number[][] }; expected: number[] }[]>(file('hidden.json'));
      hidden[2]!.input.edges.push([3, 0]);
      hidden[1]!.input.edges.push([4, 4]);
      writeJsonFile(file('hidden.json'), hidden);
    });
    expect(result.status).toBe(1);
    expect(marked(result, '✗').filter((line) => line.includes('validator.ts'))).toEqual([
      "✗ problems/topo-order/hidden.json: case 2: validator.ts: edges[0] = [4, 4] must join two different vertices below n = 5: the statement's constraints rule this input out",
      "✗ problems/topo-order/hidden.json: case 3: validator.ts: the graph has a cycle: the statement's constraints rule this input out",
    ]);
  });
});
