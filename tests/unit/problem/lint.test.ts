/**
 * The static checks of kata validate: statement example lines, every case against the signature
 * (all bad cases listed), missing files, and checker settings. No solution runs here.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPackage, parseExampleLine, type Finding } from '../../../src/problem/lint.ts';
import { AUTHORING_SLUGS, AUTHORING_WORKSPACE } from '../../authoring-helpers.ts';
import { temporaryFolder } from '../../helpers.ts';

describe('parseExampleLine', () => {
  it('reads names, JSON values and the answer', () => {
    expect(parseExampleLine('weights = [1, 3, 4, 5], values = [1, 4, 5, 7], capacity = 7   ->   9')).toEqual({
      input: { weights: [1, 3, 4, 5], values: [1, 4, 5, 7], capacity: 7 },
      expected: 9,
    });
  });

  it('keeps commas inside arrays, strings and objects', () => {
    expect(parseExampleLine('text = "1,234", separator = ","   ->   1234')).toEqual({ input: { text: '1,234', separator: ',' }, expected: 1234 });
    expect(parseExampleLine('edges = [[2, 0], [2, 1]], n = 3 -> [2, 0, 1]')).toEqual({ input: { edges: [[2, 0], [2, 1]], n: 3 }, expected: [2, 0, 1] });
    expect(parseExampleLine('opening = {"ann": "10", "bob": "2"}, transfers = []   ->   {"richest": "ann"}')).toEqual({
      input: { opening: { ann: '10', bob: '2' }, transfers: [] },
      expected: { richest: 'ann' },
    });
  });

  it('reads class cases, nulls, booleans and negative numbers', () => {
    expect(parseExampleLine('operations = ["LRUCache", "put", "get"], arguments = [[2], [1, 1], [1]]   ->   [null, null, 1]')).toEqual({
      input: { operations: ['LRUCache', 'put', 'get'], arguments: [[2], [1, 1], [1]] },
      expected: [null, null, 1],
    });
    expect(parseExampleLine('  x = -3, flag = true   ->   null  ')).toEqual({ input: { x: -3, flag: true }, expected: null });
  });

  it('reads bigint literals as bigints, outside strings only', () => {
    expect(parseExampleLine('x = 9223372036854775808n, s = "5n"   ->   [-1n, 2]')).toEqual({ input: { x: 9223372036854775808n, s: '5n' }, expected: [-1n, 2] });
    expect(parseExampleLine('square = 64   ->   9223372036854775808n')).toEqual({ input: { square: 64 }, expected: 9223372036854775808n });
  });

  it('reads the example of a function without parameters as `() -> answer` or `-> answer`', () => {
    expect(parseExampleLine('() -> 42')).toEqual({ input: {}, expected: 42 });
    expect(parseExampleLine('  ->   [1, 2]')).toEqual({ input: {}, expected: [1, 2] });
  });

  it('splits on the last arrow, so an input may hold one', () => {
    expect(parseExampleLine('s = "a->b"   ->   2')).toEqual({ input: { s: 'a->b' }, expected: 2 });
  });

  it.each([
    ['nums = [1, 2   ->   3'],
    ['nums = [1, 2]   ->   three'],
    ['the answer   ->   3'],
    ['nums: [1, 2]   ->   3'],
    ['1 -> 2'],
    ['text = "12a"   ->   throws unexpected "a" at 2'],
    ['a -> b -> c'],
  ])('returns null for %j, which is not an example line', (line) => {
    expect(parseExampleLine(line)).toBeNull();
  });
});

/** A workspace with copies of the named authoring fixtures, to break one file at a time. */
function workspaceWith(...slugs: string[]): string {
  const root = temporaryFolder('kata-lint-');
  for (const slug of slugs) cpSync(join(AUTHORING_WORKSPACE, 'problems', slug), join(root, 'problems', slug), { recursive: true });
  return root;
}

const errors = (findings: Finding[]) => findings.filter((finding) => finding.level === 'error');
const warnings = (findings: Finding[]) => findings.filter((finding) => finding.level === 'warning');

describe('lintPackage', () => {
  it.each(AUTHORING_SLUGS)('finds no error or warning in the fixture %s, and loads it', (slug) => {
    const root = workspaceWith(slug);
    const result = lintPackage(root, slug);
    expect(errors(result.findings)).toEqual([]);
    expect(warnings(result.findings)).toEqual([]);
    expect(result.problem?.slug).toBe(slug);
    expect(result.findings).toContainEqual(expect.objectContaining({ level: 'ok', file: 'statement.md' }));
  });

  describe('on broken copies', () => {
    const root = workspaceWith('parse-number', 'prefix-means', 'topo-order', 'lru-cache');
    const file = (slug: string, name: string) => join(root, 'problems', slug, name);
    /** Rewrites a file of the package copy. */
    const edit = (slug: string, name: string, change: (text: string) => string) => {
      writeFileSync(file(slug, name), change(readFileSync(file(slug, name), 'utf8')));
    };
    /** Every test starts from fresh copies of the fixtures. */
    const restore = () => {
      for (const slug of ['parse-number', 'prefix-means', 'topo-order', 'lru-cache']) {
        rmSync(join(root, 'problems', slug), { recursive: true, force: true });
        cpSync(join(AUTHORING_WORKSPACE, 'problems', slug), join(root, 'problems', slug), { recursive: true });
      }
    };

    it('lists every bad case of both case files, not only the first', () => {
      restore();
      edit('parse-number', 'examples.json', (text) => {
        const cases = JSON.parse(text) as { input: Record<string, unknown> }[];
        cases[1]!.input.separator = ',,';
        cases[2]!.input = { text: '' };
        return JSON.stringify(cases);
      });
      edit('parse-number', 'hidden.json', (text) => {
        const cases = JSON.parse(text) as { input: Record<string, unknown>; expected?: unknown }[];
        cases[1]!.expected = '987654321';
        cases[3]!.input.extra = 1;
        return JSON.stringify(cases);
      });
      const result = lintPackage(root, 'parse-number');
      // The cases that fit are kept for the checks that run code; the four that do not are left out.
      expect(result.leftOut).toBe(4);
      expect(result.problem?.examples.map((example) => example.id)).not.toContain('example-2');
      expect(result.problem?.examples.map((example) => example.id)).not.toContain('example-3');
      expect(result.hidden.map((testCase) => testCase.id)).not.toContain('hidden-2');
      expect(errors(result.findings)).toEqual([
        { level: 'error', file: 'examples.json', message: 'case 2: input.separator: expected char, got a string' },
        { level: 'error', file: 'examples.json', message: 'case 3: input is missing "separator"' },
        { level: 'error', file: 'hidden.json', message: 'case 2: expected: expected int, got a string' },
        { level: 'error', file: 'hidden.json', message: 'case 4: input has unknown "extra" (parameters: text, separator)' },
      ]);
    });

    it('names a case that gives both or neither of expected and error', () => {
      restore();
      edit('parse-number', 'hidden.json', (text) => {
        const cases = JSON.parse(text) as Record<string, unknown>[];
        cases[0]!.error = {};
        return JSON.stringify(cases);
      });
      const [finding, ...rest] = errors(lintPackage(root, 'parse-number').findings);
      expect(rest).toEqual([]);
      expect(finding!.file).toBe('hidden.json');
      expect(finding!.message).toContain('give "expected" or "error", not both: a function call either returns or throws');
      // Named by its number, counted from 1 as everywhere else.
      expect(finding!.message).toMatch(/case 1\b/);
    });

    it('names the file and the field of a problem.json that does not match the format', () => {
      restore();
      edit('prefix-means', 'problem.json', (text) => text.replace('"easy"', '"trivial"').replace('"int[]"', '"integer[]"'));
      const result = lintPackage(root, 'prefix-means');
      expect(errors(result.findings)).toHaveLength(1);
      expect(errors(result.findings)[0]!.file).toBe('problem.json');
      expect(errors(result.findings)[0]!.message).toContain('difficulty');
      expect(errors(result.findings)[0]!.message).toMatch(/signature\.params\.0\.type: unknown type "integer"/);
      // The signature does not parse, so the cases cannot be checked against it: said, not passed over.
      expect(result.findings).toContainEqual(expect.objectContaining({ level: 'skipped', message: expect.stringMatching(/^the cases were not checked against the signature/) }));
      expect(result.problem).toBeUndefined();
      expect(result.blocked).toMatch(/problem\.json has errors/);
    });

    it('checks every layer in one pass: a misspelt checker kind, a case of the wrong type and a disagreeing statement example', () => {
      restore();
      edit('prefix-means', 'problem.json', (text) => text.replace('"kind": "exact"', '"kind": "unorderd"').replace('"timeMs"', '"timMs"'));
      edit('prefix-means', 'examples.json', (text) => text.replace('"nums": [1, 1, 1, 2, 3]', '"nums": [1, "1", 1, 2, 3]'));
      edit('prefix-means', 'statement.md', (text) => text.replace('->   [1, 1.5, 3]', '->   [1, 1.5, 4]'));
      const found = errors(lintPackage(root, 'prefix-means').findings);
      expect(found.map((finding) => finding.file)).toEqual(['problem.json', 'examples.json', 'statement.md', 'statement.md']);
      expect(found[0]!.message).toContain('checker.kind: Invalid option: expected one of "exact"|"unordered"|"unordered-deep"|"custom" (did you mean "unordered" for "unorderd"?)');
      expect(found[0]!.message).toContain('limits.timMs: unknown field, and "timeMs" is missing (did you mean "timeMs" for "timMs"?)');
      expect(found[0]!.message).not.toMatch(/limits\.timeMs: missing/);
      expect(found[1]!.message).toBe('case 2: input.nums[1]: expected int, got a string');
      expect(found[2]!.message).toMatch(/the example "nums = \[1, 2, 6\]   ->   \[1, 1\.5, 4\]" disagrees with examples\.json: examples\.json has \[1,1\.5,3\] for this input$/);
    });

    it('checks every case of a file on its own, even when one does not match the case format', () => {
      restore();
      edit('parse-number', 'hidden.json', (text) => {
        const cases = JSON.parse(text) as Record<string, unknown>[];
        cases[0] = { ...cases[0], expcted: cases[0]!.expected };
        delete cases[0]!.expected;
        (cases[1]!.input as Record<string, unknown>).separator = 7;
        return JSON.stringify(cases);
      });
      expect(errors(lintPackage(root, 'parse-number').findings).map((finding) => finding.message)).toEqual([
        'case 1: expcted: unknown field (did you mean "expected" for "expcted"?); expected: give "expected" (the answer) or "error" (the call must throw)',
        'case 2: input.separator: expected char, got an integer',
      ]);
    });

    it('flags a missing statement', () => {
      restore();
      rmSync(file('prefix-means', 'statement.md'));
      expect(errors(lintPackage(root, 'prefix-means').findings)).toEqual([{ level: 'error', file: 'statement.md', message: 'is missing: write the statement in your own words' }]);
    });

    it('flags a statement example that examples.json does not have, with its line', () => {
      restore();
      edit('prefix-means', 'statement.md', (text) => text.replace('nums = [1, 2, 6]   ->   [1, 1.5, 3]', 'nums = [1, 2, 6]   ->   [1, 1.5, 4]'));
      const lines = readFileSync(file('prefix-means', 'statement.md'), 'utf8').split('\n');
      const number = lines.findIndex((line) => line.includes('[1, 1.5, 4]')) + 1;
      expect(errors(lintPackage(root, 'prefix-means').findings)).toEqual([
        { level: 'error', file: 'statement.md', message: `line ${number}: the example "nums = [1, 2, 6]   ->   [1, 1.5, 4]" disagrees with examples.json: examples.json has [1,1.5,3] for this input` },
      ]);
    });

    it('checks LeetCode-style Input:/Output: pairs, bold or not, against examples.json', () => {
      restore();
      edit('prefix-means', 'statement.md', (text) => `${text}\n**Input:** nums = [1, 2, 6]\n**Output:** [1, 1.5, 3]\n\nInput: \`nums = [4]\`\n\nOutput: \`[5]\`\n`);
      const lines = readFileSync(file('prefix-means', 'statement.md'), 'utf8').split('\n');
      const number = lines.findIndex((line) => line.includes('nums = [4]')) + 1;
      const findings = lintPackage(root, 'prefix-means').findings;
      expect(errors(findings)).toEqual([
        { level: 'error', file: 'statement.md', message: `line ${number}: the example "nums = [4]   ->   [5]" disagrees with examples.json: no case of examples.json has this input` },
      ]);
      expect(findings).toContainEqual(expect.objectContaining({ level: 'ok', file: 'statement.md', message: expect.stringMatching(/examples it shows agree/) }));
    });

    it('warns about an example line it cannot read, instead of skipping it without a word', () => {
      restore();
      edit('prefix-means', 'statement.md', (text) => text.replace('nums = [1, 2, 6]   ->   [1, 1.5, 3]', 'nums = [1, 2, 6   ->   [1, 1.5, 3]'));
      const messages = warnings(lintPackage(root, 'prefix-means').findings).map((finding) => finding.message);
      expect(messages).toContainEqual(expect.stringMatching(/^line \d+: "nums = \[1, 2, 6   ->   \[1, 1\.5, 3\]" looks like an example, but kata cannot read it/));
    });

    it('flags a statement example whose input differs, and counts the ones that agree', () => {
      restore();
      edit('prefix-means', 'statement.md', (text) => text.replace('nums = [1, 2, 6]', 'nums = [1, 2, 7]'));
      const findings = lintPackage(root, 'prefix-means').findings;
      expect(errors(findings)).toHaveLength(1);
      expect(errors(findings)[0]!.message).toContain('the example "nums = [1, 2, 7]   ->   [1, 1.5, 3]" disagrees with examples.json: no case of examples.json has this input');
      expect(findings).toContainEqual({ level: 'ok', file: 'statement.md', message: 'the example it shows agrees with examples.json' });
    });

    it('never counts an example as agreeing when another line shows it wrongly', () => {
      restore();
      // The first example shown twice: once right, once wrong. The second example shown right.
      edit('prefix-means', 'statement.md', (text) => `${text}\n\`\`\`\nnums = [1, 2, 6]   ->   [1, 1.5, 9]\n\`\`\`\n`);
      const findings = lintPackage(root, 'prefix-means').findings.filter((finding) => finding.file === 'statement.md');
      expect(errors(findings)).toHaveLength(1);
      expect(findings).toContainEqual({ level: 'ok', file: 'statement.md', message: 'the example it shows agrees with examples.json' });
    });

    it('warns when an "Example N" heading shows what kata test numbers otherwise, and not when they agree', () => {
      restore();
      expect(warnings(lintPackage(root, 'prefix-means').findings)).toEqual([]);
      // The statement's two examples swapped: its "Example 1" is examples.json's second case.
      edit('prefix-means', 'statement.md', (text) => text.replace('nums = [1, 2, 6]   ->   [1, 1.5, 3]', 'TEMP').replace('nums = [1, 1, 1, 2, 3]   ->   [1, 1, 1, 1.25, 1.6]', 'nums = [1, 2, 6]   ->   [1, 1.5, 3]').replace('TEMP', 'nums = [1, 1, 1, 2, 3]   ->   [1, 1, 1, 1.25, 1.6]'));
      const lines = readFileSync(file('prefix-means', 'statement.md'), 'utf8').split('\n');
      const headings = [1, 2].map((n) => lines.indexOf(`### Example ${n}`) + 1);
      expect(warnings(lintPackage(root, 'prefix-means').findings).map((finding) => finding.message)).toEqual([
        `line ${headings[0]}: "Example 1" shows what kata test calls example-2 (examples.json's case 2): order examples.json as the statement numbers them, or number the heading 2`,
        `line ${headings[1]}: "Example 2" shows what kata test calls example-1 (examples.json's case 1): order examples.json as the statement numbers them, or number the heading 1`,
      ]);
      // LeetCode's bold headings count too; a heading with more words after the number is not a number to check.
      restore();
      edit('prefix-means', 'statement.md', (text) => text.replace('### Example 1', '**Example 2:**').replace('### Example 2', '### Example 1 (a longer one)'));
      expect(warnings(lintPackage(root, 'prefix-means').findings).map((finding) => finding.message)).toEqual([expect.stringMatching(/^line \d+: "Example 2" shows what kata test calls example-1 /)]);
      // An "Example 3" of prose only names nothing: another heading comes before the next example shown.
      restore();
      edit('prefix-means', 'statement.md', (text) => `${text}\n### Example 3\n\nLeft as an exercise.\n\n### Why the means\n\n\`\`\`\nnums = [1, 2, 6]   ->   [1, 1.5, 3]\n\`\`\`\n`);
      expect(warnings(lintPackage(root, 'prefix-means').findings)).toEqual([]);
    });

    it('ignores arrows outside code blocks', () => {
      restore();
      edit('prefix-means', 'statement.md', (text) => `${text}\nIn prose, nums = [9]   ->   [10] is not checked.\n`);
      expect(errors(lintPackage(root, 'prefix-means').findings)).toEqual([]);
    });

    it('warns about a TODO and a nearly empty statement', () => {
      restore();
      edit('prefix-means', 'statement.md', () => 'TODO\n');
      const found = warnings(lintPackage(root, 'prefix-means').findings).map((finding) => finding.message);
      expect(found).toContain('is nearly empty');
      expect(found).toContain('still has a TODO');
    });

    it('needs at least one example', () => {
      restore();
      edit('prefix-means', 'examples.json', () => '[]');
      edit('prefix-means', 'statement.md', (text) => text.replace(/```[\s\S]*?```/g, ''));
      expect(errors(lintPackage(root, 'prefix-means').findings)).toEqual([{ level: 'error', file: 'examples.json', message: 'has no cases: solvers need at least one example' }]);
    });

    it('needs a reference solution', () => {
      restore();
      rmSync(file('prefix-means', 'reference.ts'));
      expect(errors(lintPackage(root, 'prefix-means').findings)).toEqual([{ level: 'error', file: 'reference.ts', message: 'is missing: every package needs a correct solution' }]);
    });

    it('needs checker.ts for a custom checker', () => {
      restore();
      rmSync(file('topo-order', 'checker.ts'));
      expect(errors(lintPackage(root, 'topo-order').findings)).toEqual([{ level: 'error', file: 'checker.ts', message: 'is missing, but problem.json asks for a custom checker' }]);
    });

    it.each([
      [{ kind: 'exact', abs: 0.05 }, 'checker: a tolerance above 0.01 accepts visibly wrong answers'],
      [{ kind: 'exact', rel: 0.5 }, 'checker: a tolerance above 0.01 accepts visibly wrong answers'],
      [{ kind: 'exact', abs: 0, rel: 0 }, 'checker: zero tolerance on float answers rejects right answers that differ only by rounding'],
    ])('warns about the checker %j', (checker, message) => {
      restore();
      edit('prefix-means', 'problem.json', (text) => JSON.stringify({ ...JSON.parse(text), checker }));
      const result = lintPackage(root, 'prefix-means');
      expect(errors(result.findings)).toEqual([]);
      expect(warnings(result.findings)).toEqual([{ level: 'warning', file: 'problem.json', message }]);
      // A warning does not stop the package from loading for the checks that run code.
      expect(result.problem).toBeDefined();
    });

    it('does not warn about a tolerance of exactly 0.01', () => {
      restore();
      edit('prefix-means', 'problem.json', (text) => JSON.stringify({ ...JSON.parse(text), checker: { kind: 'exact', abs: 0.01, rel: 0.01 } }));
      expect(warnings(lintPackage(root, 'prefix-means').findings)).toEqual([]);
    });

    it('does not check the inputs of generated hidden cases statically', () => {
      restore();
      expect(errors(lintPackage(workspaceWith('max-subarray'), 'max-subarray').findings)).toEqual([]);
    });

    it('names the case of a class problem whose operations are wrong', () => {
      restore();
      edit('lru-cache', 'hidden.json', (text) => {
        const cases = JSON.parse(text) as { input: { operations: string[] } }[];
        cases[1]!.input.operations[1] = 'fetch';
        return JSON.stringify(cases);
      });
      expect(errors(lintPackage(root, 'lru-cache').findings)).toEqual([
        { level: 'error', file: 'hidden.json', message: 'case 2: input.operations[1]: "fetch" is not a method (methods: get, put)' },
      ]);
    });
  });
});
