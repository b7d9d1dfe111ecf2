import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import { describe, expect, it } from 'vitest';
import { describeSourceProblems, findSourceProblems, type ExpectedExport } from '../../../src/judge/source-rules.ts';

// Loaded as the type-check worker loads it.
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
const ALLOWED = ['kata/structures'];
const TWO_SUM: ExpectedExport = { kind: 'function', name: 'twoSum' };
const LRU: ExpectedExport = { kind: 'class', name: 'LRUCache' };

function problems(source: string, expected: ExpectedExport = TWO_SUM) {
  return findSourceProblems(ts, ts.createSourceFile('two-sum.ts', source, ts.ScriptTarget.ES2022, true), expected, ALLOWED);
}

function message(source: string, expected: ExpectedExport = TWO_SUM): string {
  return describeSourceProblems(problems(source, expected), 'solutions/two-sum.ts', expected, ALLOWED);
}

describe('the expected export', () => {
  it('accepts a named export, however it is written', () => {
    expect(problems('export function twoSum(nums: number[], target: number): number[] { return []; }')).toEqual([]);
    expect(problems('export const twoSum = (nums: number[]) => nums;')).toEqual([]);
    expect(problems('function twoSum() { return []; }\nexport { twoSum };')).toEqual([]);
    expect(problems('function solve() { return []; }\nexport { solve as twoSum };')).toEqual([]);
    expect(problems('export class LRUCache {}', LRU)).toEqual([]);
  });

  it('names a function pasted without export, and the line', () => {
    expect(message('// LeetCode\nfunction twoSum(nums: number[], target: number): number[] {\n  return [];\n}\n')).toBe(
      'solutions/two-sum.ts:2: the function twoSum is not exported: write "export function twoSum(...)"',
    );
    expect(message('var twoSum = function (nums, target) { return []; };')).toBe('solutions/two-sum.ts:1: twoSum is not exported: write "export var twoSum = ..."');
    expect(message('const twoSum = (nums: number[]) => nums;')).toBe('solutions/two-sum.ts:1: twoSum is not exported: write "export const twoSum = ..."');
    expect(message('class LRUCache {}', LRU)).toBe('solutions/two-sum.ts:1: the class LRUCache is not exported: write "export class LRUCache"');
  });

  it('asks for a named export instead of a default one', () => {
    const expected = 'solutions/two-sum.ts:1: kata calls the export named twoSum, not the default export: write "export function twoSum(...)" instead of "export default"';
    expect(message('export default function twoSum(nums: number[]) { return nums; }')).toBe(expected);
    expect(message('export default function (nums: number[]) { return nums; }')).toBe(expected);
    expect(message('export default { twoSum: (nums: number[]) => nums };')).toBe(expected);
    expect(message('function twoSum() {}\nexport default twoSum;')).toBe(expected.replace(':1:', ':2:'));
    expect(message('function twoSum() {}\nexport { twoSum as default };')).toBe(expected.replace(':1:', ':2:'));
    expect(message('export default class LRUCache {}', LRU)).toContain('write "export class LRUCache" instead of "export default"');
  });

  it('asks to move a method of class Solution out, and mentions "this" only when the method uses it', () => {
    const plain = 'class Solution {\n  twoSum(nums: number[], target: number): number[] {\n    return [];\n  }\n}\n';
    expect(message(plain)).toBe('solutions/two-sum.ts:2: twoSum is a method of class Solution, but kata calls a function: move it out of the class as "export function twoSum(...)"');
    const withThis = 'export default class Solution {\n  seen = new Map();\n  twoSum(nums: number[]) {\n    return this.seen.size ? [] : nums;\n  }\n}\n';
    expect(message(withThis)).toBe(
      'solutions/two-sum.ts:3: twoSum is a method of class Solution, but kata calls a function: move it out of the class as "export function twoSum(...)", and turn what it reaches through "this" into plain functions and variables',
    );
  });

  it('prefers a top-level declaration of the name to a method of the same name', () => {
    expect(problems('class Solution { twoSum() {} }\nfunction twoSum() {}')).toEqual([{ rule: 'not-exported', line: 2, declaredAs: 'function' }]);
  });

  it('says nothing when the source shows no reason (the harness and the signature check report it)', () => {
    expect(problems('export function plus(a: number) { return a; }')).toEqual([]);
  });
});

describe('imports', () => {
  const SOLVED = '\nexport function twoSum(nums: number[]) { return nums; }\n';

  it('refuses a module for file, network or process access, naming it and the rule', () => {
    expect(message(`import { readFileSync } from 'node:fs';${SOLVED}`)).toBe('solutions/two-sum.ts:1: solutions may not import node:fs: the judge runs solutions without file, network or process access');
    for (const name of ['fs', 'fs/promises', 'node:child_process', 'child_process', 'node:net', 'http', 'worker_threads', 'node:dns/promises', 'node:module', 'v8']) {
      expect(message(`import * as m from '${name}';${SOLVED}`), name).toContain(`solutions may not import ${name}: the judge runs solutions without file, network or process access`);
    }
  });

  it('finds the module in every form of import whose name is written out', () => {
    const forms = [
      "import type { Stats } from 'node:fs';",
      "export * from 'node:fs';",
      "export { readFileSync } from 'node:fs';",
      "import fs = require('node:fs');",
      "type Fs = typeof import('node:fs');",
      "async function load() { return import('node:fs'); }",
      'async function load() { return import(`node:fs`); }',
      "function load() { return require('node:fs'); }",
      "function load() { return process.getBuiltinModule('node:fs'); }",
    ];
    for (const form of forms) expect(problems(`${form}${SOLVED}`), form).toEqual([expect.objectContaining({ rule: 'import', line: 1, module: 'node:fs' })]);
  });

  it('cannot follow a computed name (the sandbox refuses at run time)', () => {
    expect(problems(`const name = 'node:' + 'fs';\nasync function load() { return import(name); }${SOLVED}`)).toEqual([]);
  });

  it('refuses every other module with the general rule, and allows kata/structures', () => {
    expect(message(`import { inspect } from 'node:util';${SOLVED}`)).toBe('solutions/two-sum.ts:1: solutions may not import node:util: a solution is one file, and may import only kata/structures');
    expect(message(`import { helper } from './helper.ts';${SOLVED}`)).toBe('solutions/two-sum.ts:1: solutions may not import ./helper.ts: a solution is one file, and may import only kata/structures');
    expect(problems(`import { TreeNode, ListNode } from 'kata/structures';${SOLVED}`)).toEqual([]);
  });

  it('explains require of an allowed module: solutions are ES modules', () => {
    expect(message(`const { TreeNode } = require('kata/structures');${SOLVED}`)).toBe(
      `solutions/two-sum.ts:1: solutions are ES modules, where require is not defined: write "import { ... } from 'kata/structures'"`,
    );
  });

  it('reports imports before the export problem, at most three of them', () => {
    const source = "import 'node:fs';\nimport 'node:net';\nimport 'node:http';\nimport 'node:os';\nfunction twoSum() {}\n";
    const text = message(source);
    expect(text.split('; solutions/two-sum.ts').length).toBe(4);
    expect(text).toContain('node:http');
    expect(text).not.toContain('node:os');
    expect(text).toMatch(/solutions\/two-sum\.ts:5: the function twoSum is not exported/);
  });
});
