/**
 * Arrays nested to any depth (`nested<T>`) and optional parameters: parsing, the TypeScript a
 * solver sees, checking, comparing and converting values, and how a solution is called.
 */
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compareAnswer } from '../../../src/judge/compare.ts';
import { callFunction } from '../../../src/judge/sandbox/calls.ts';
import { AnswerShapeError, decodeValue, encodeValue } from '../../../src/judge/sandbox/codec.ts';
import type { FunctionCall } from '../../../src/judge/sandbox/protocol.ts';
import { argumentPayload, callSpec } from '../../../src/judge/spec.ts';
import { caseProblem, type Case } from '../../../src/problem/cases.ts';
import { SignatureSchema } from '../../../src/problem/schema.ts';
import { parseSignature, renderSignature, typeDeclarations, type FunctionSignature } from '../../../src/problem/signature.ts';
import { ListNode, TreeNode } from '../../../src/problem/structures.ts';
import { formatType, MAX_NESTING_DEPTH, needsConversion, parseType, toTypeScript, TypeSyntaxError } from '../../../src/problem/types.ts';
import { checkValue, MAX_VALUES } from '../../../src/problem/values.ts';

const t = parseType;
const classes = { TreeNode, ListNode };

/** [[[...[leaf]...]]], `depth` arrays deep, built without recursion. */
function deep(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('nested<T>', () => {
  it('parses, prints and renders as TypeScript', () => {
    expect(t('nested<int>')).toEqual({ kind: 'nested', of: { kind: 'int' } });
    expect(formatType(t('nested<int | null>[]'))).toBe('nested<int | null>[]');
    expect(toTypeScript(t('nested<int | null>[]'))).toBe('Nested<number | null>[]');
    expect(toTypeScript(t('(nested<int> | null)[]'))).toBe('(Nested<number> | null)[]');
    expect(toTypeScript(t('{items: nested<string>}'))).toBe('{ items: Nested<string> }');
    expect(needsConversion(t('nested<int>'))).toBe(false);
    expect(needsConversion(t('nested<bigint>'))).toBe(true);
  });

  it.each(['nested<int[]>', 'nested<ListNode>', 'nested<TreeNode | null>', 'nested<nested<int>>'])('refuses %s: its arrays would be ambiguous', (source) => {
    expect(() => t(source)).toThrow(TypeSyntaxError);
    expect(() => t(source)).toThrow('nested<T> needs a T whose values are not arrays');
  });

  it('checks values at any depth, naming the path of a mismatch', () => {
    expect(checkValue(t('nested<int>'), 5)).toBeNull();
    expect(checkValue(t('nested<int>'), [1, [2, [3, []]], 4])).toBeNull();
    expect(checkValue(t('nested<int | null>[]'), [null, [1, null, [[]]]])).toBeNull();
    expect(checkValue(t('nested<int>'), [1, [2, ['x']]], 'answer')).toBe('answer[1][1][0]: expected int, got a string');
    expect(checkValue(t('nested<int>[]'), 3, 'answer')).toBe('answer: expected nested<int>[], got an integer');
    expect(checkValue(t('nested<int>'), deep(MAX_NESTING_DEPTH))).toBeNull();
  });

  it('stops at a depth limit, without overflowing the stack, on deep and cyclic answers', () => {
    expect(checkValue(t('nested<int>'), deep(200_000), 'answer')).toMatch(/^answer(\[0\])+: too deep \(arrays nested more than 1000 levels\)$/);
    const cycle: unknown[] = [1];
    cycle.push(cycle);
    expect(checkValue(t('nested<int>'), cycle, 'answer')).toContain('too deep');
    expect(() => encodeValue(t('nested<bigint>'), deep(200_000, 1n))).toThrow(AnswerShapeError);
    expect(() => encodeValue(t('nested<bigint>'), cycle)).toThrow('too deep');
  });

  it('counts a widely shared array against the budget every time it is reached', () => {
    // 1 + 100 rows + 100 × 100 inner arrays + 100 × 100 ints: 20,101 values.
    const wide = new Array(100).fill([1]);
    const shared = new Array(100).fill(wide);
    expect(checkValue(t('nested<int>'), shared, 'answer', { left: 20_101 })).toBeNull();
    expect(checkValue(t('nested<int>'), shared, 'answer', { left: 20_100 })).toContain('too large to judge');
    expect(MAX_VALUES).toBeGreaterThan(20_101);
  });

  it('compares by structure: order, depth and leaves', () => {
    const type = t('nested<int>[]');
    expect(compareAnswer(type, [1, [2, [3]]], [1, [2, [3]]])).toBeNull();
    expect(compareAnswer(type, [1, [2, [3]]], [1, [2, 3]])).toMatchObject({ path: '[1][1]' });
    expect(compareAnswer(type, [1, [2]], [1, [2, 4]])).toMatchObject({ path: '[1]' });
    expect(compareAnswer(type, [[1, 2], 3], [3, [2, 1]], { order: 'unordered-deep' })).toBeNull();
    expect(compareAnswer(type, [[1, 2], 3], [3, [2, 1]], { order: 'unordered' })).toMatchObject({ path: '', missing: [[1, 2]], extra: [[2, 1]] });
    expect(compareAnswer(type, [1], deep(5000) as unknown[])?.typeProblem).toContain('too deep');
  });

  it('gives a solution bigints at every depth and takes them back', () => {
    const type = t('nested<bigint>[]');
    const decoded = decodeValue(type, ['1', ['18446744073709551617', [2]]], classes);
    expect(decoded).toEqual([1n, [18446744073709551617n, [2n]]]);
    // Answers keep their bigints on the way back: the judge must tell 5n from "5" (see values.ts checkAnswer).
    expect(encodeValue(type, decoded)).toEqual([1n, [18446744073709551617n, [2n]]]);
  });

  it('declares Nested beside a signature that uses it', () => {
    const signature = parseSignature(SignatureSchema.parse({ function: 'flatten', params: [{ name: 'array', type: 'nested<int | null>[]' }], returns: { type: 'int[]' } }));
    expect(renderSignature(signature)).toBe('function flatten(array: Nested<number | null>[]): number[]');
    expect(typeDeclarations(signature)).toBe('type Nested<T> = T | Nested<T>[];');
    expect(typeDeclarations(parseSignature(SignatureSchema.parse({ function: 'f', params: [], returns: { type: 'int' } })))).toBe('');
  });
});

describe('optional parameters', () => {
  const twoFer = { function: 'twoFer', params: [{ name: 'name', type: 'string', optional: true }], returns: { type: 'string' } };
  const signature = parseSignature(SignatureSchema.parse(twoFer)) as FunctionSignature;

  it('render with a question mark', () => {
    expect(renderSignature(signature)).toBe('function twoFer(name?: string): string');
  });

  it.each([
    [{ function: 'f', params: [{ name: 'a', type: 'int', optional: true }, { name: 'b', type: 'int' }], returns: { type: 'int' } }, 'only trailing parameters may be optional, but "b" after it is not'],
    [{ function: 'f', params: [{ name: 'a', type: 'int[]', optional: true }], returns: { type: 'void', output: 'a' } }, 'the output parameter cannot be optional'],
    [{ function: 'f', params: [{ name: 'root', type: 'TreeNode' }, { name: 'p', type: 'TreeNode', nodeOf: 'root', optional: true }], returns: { type: 'int' } }, 'a node parameter'],
  ])('must be trailing and plain: %j', (json, message) => {
    const result = SignatureSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  it('may be left out of a case, but not given the wrong type, and required ones stay required', () => {
    expect(caseProblem(signature, { input: {}, expected: 'One for you' })).toBeNull();
    expect(caseProblem(signature, { input: { name: 'Bo' }, expected: 'One for Bo' })).toBeNull();
    expect(caseProblem(signature, { input: { name: null }, expected: 'x' })).toBe('input.name: expected string, got null');
    const two = parseSignature(SignatureSchema.parse({ ...twoFer, params: [{ name: 'n', type: 'int' }, ...twoFer.params] }));
    expect(caseProblem(two, { input: {}, expected: 'x' })).toBe('input is missing "n"');
  });

  it('are not passed at all when a case leaves them out', async () => {
    const three = parseSignature(
      SignatureSchema.parse({
        function: 'f',
        params: [{ name: 'a', type: 'int' }, { name: 'b', type: 'bigint', optional: true }, { name: 'c', type: 'int', optional: true }],
        returns: { type: 'int' },
      }),
    );
    const call = async (input: Record<string, unknown>) => {
      const data = deserialize(argumentPayload(three, { id: 'x', kind: 'example', input, expected: 0 } satisfies Case)) as unknown[];
      let seen: unknown[] = [];
      await callFunction(callSpec(three) as FunctionCall, (...args: unknown[]) => ((seen = args), 0), data, classes, () => 0);
      return seen;
    };
    expect(await call({ a: 1 })).toEqual([1]);
    expect(await call({ a: 1, b: '5' })).toEqual([1, 5n]);
    const skipped = await call({ a: 1, c: 3 });
    expect(skipped).toHaveLength(3);
    expect(skipped).toEqual([1, undefined, 3]);
  });
});

describe('bigints inside nested<...>', () => {
  it('are written as digits for case files and read back as bigints, at every depth', async () => {
    const { answerAsData, withBigints } = await import('../../../src/problem/values.ts');
    const { parseType } = await import('../../../src/problem/types.ts');
    const type = parseType('nested<bigint>');
    const data = answerAsData(type, [1n, [2n, [9007199254740993n]]]);
    expect(JSON.stringify(data)).toBe('["1",["2",["9007199254740993"]]]');
    expect(withBigints(type, data)).toEqual([1n, [2n, [9007199254740993n]]]);
  });
});
