/**
 * The richer type language: records, maps, bigint, char and `T | null`; the TypeScript
 * a solver sees for them; checkValue's messages with paths; how solutions receive and
 * return such values; class signatures and the cases of design problems.
 */
import { describe, expect, it } from 'vitest';
import { callClass } from '../../../src/judge/sandbox/calls.ts';
import { decodeValue, encodeValue } from '../../../src/judge/sandbox/codec.ts';
import type { ClassCall } from '../../../src/judge/sandbox/protocol.ts';
import { callSpec } from '../../../src/judge/spec.ts';
import { caseProblem } from '../../../src/problem/cases.ts';
import { SignatureSchema } from '../../../src/problem/schema.ts';
import { parseSignature, renderSignature, stepType, type ClassSignature } from '../../../src/problem/signature.ts';
import { ListNode, TreeNode } from '../../../src/problem/structures.ts';
import { formatType, needsConversion, parseType, structuresUsed, toTypeScript, TypeSyntaxError } from '../../../src/problem/types.ts';
import { answerAsData, checkAnswer, checkValue } from '../../../src/problem/values.ts';

const t = parseType;
const classes = { TreeNode, ListNode };

describe('parseType on the richer types', () => {
  it.each([
    ['char', 'char', 'string'],
    ['bigint', 'bigint', 'bigint'],
    ['bigint[]', 'bigint[]', 'bigint[]'],
    ['bigint | null', 'bigint | null', 'bigint | null'],
    ['(char | null)[]', '(char | null)[]', '(string | null)[]'],
    ['{weight: int, value: int}', '{weight: int, value: int}', '{ weight: number; value: number }'],
    ['{ weight : int , value : int , }', '{weight: int, value: int}', '{ weight: number; value: number }'],
    ['{name: string, tags: string[], parent: int | null}', '{name: string, tags: string[], parent: int | null}', '{ name: string; tags: string[]; parent: number | null }'],
    ['{x: float}[]', '{x: float}[]', '{ x: number }[]'],
    ['map<string, int>', 'map<string, int>', 'Map<string, number>'],
    ['map<int, string[]>', 'map<int, string[]>', 'Map<number, string[]>'],
    ['map<string, {a: bigint}>', 'map<string, {a: bigint}>', 'Map<string, { a: bigint }>'],
    ['map<int, map<string, bool>>', 'map<int, map<string, bool>>', 'Map<number, Map<string, boolean>>'],
    ['map<string, int | null>', 'map<string, int | null>', 'Map<string, number | null>'],
    ['map<string, int>[]', 'map<string, int>[]', 'Map<string, number>[]'],
    ['{balances: map<string, bigint>, richest: string | null}', '{balances: map<string, bigint>, richest: string | null}', '{ balances: Map<string, bigint>; richest: string | null }'],
    ['{root: TreeNode}', '{root: TreeNode}', '{ root: TreeNode | null }'],
  ])('reads %s', (source, formatted, typescript) => {
    const type = t(source);
    expect(formatType(type)).toBe(formatted);
    expect(toTypeScript(type)).toBe(typescript);
    // What formatType writes reads back as the same type.
    expect(t(formatType(type))).toEqual(type);
  });

  it('builds the expected type trees', () => {
    expect(t('{weight: int, value: int}')).toEqual({
      kind: 'record',
      fields: [
        { name: 'weight', type: { kind: 'int' } },
        { name: 'value', type: { kind: 'int' } },
      ],
    });
    expect(t('map<int, bigint | null>')).toEqual({ kind: 'map', key: 'int', of: { kind: 'nullable', of: { kind: 'bigint' } } });
    // `T | null | null` is not allowed, but nullable of nullable collapses when written with parentheses.
    expect(t('(int | null) | null')).toEqual({ kind: 'nullable', of: { kind: 'int' } });
  });

  it.each([
    ['map<float, int>', 'a map key must be string or int'],
    ['map<bool, int>', 'a map key must be string or int'],
    ['map<string int>', 'expected ","'],
    ['map<string, int', 'expected ">"'],
    ['{}', 'a record needs at least one field'],
    ['{a: int, a: string}', 'duplicate field "a"'],
    ['{a int}', 'expected ":"'],
    ['{a: int b: int}', 'expected "," or "}"'],
    ['{1a: int}', 'expected a field name'],
    ['{a: integer}', 'unknown type "integer"'],
    ['bigint | string', 'a union must be "T | null"'],
    ['int | null | null', 'a union must be "T | null"'],
    ['Map<string, int>', 'unknown type "Map"'],
  ])('rejects %j', (source, message) => {
    expect(() => t(source)).toThrow(TypeSyntaxError);
    expect(() => t(source)).toThrow(message);
  });

  it('says which types need converting for solutions and which node classes they use', () => {
    expect(needsConversion(t('{a: int, b: string[]}'))).toBe(false);
    expect(needsConversion(t('{a: int, b: bigint}'))).toBe(true);
    expect(needsConversion(t('map<string, int>'))).toBe(true);
    expect(needsConversion(t('char[]'))).toBe(false);
    expect([...structuresUsed(t('{tree: TreeNode, lists: map<int, ListNode>}'))].sort()).toEqual(['ListNode', 'TreeNode']);
  });
});

describe('checkValue on the richer types', () => {
  it('accepts values of the type', () => {
    expect(checkValue(t('{weight: int, value: int}'), { weight: 3, value: 4 })).toBeNull();
    expect(checkValue(t('{weight: int, value: int}'), { value: 4, weight: 3 })).toBeNull();
    expect(checkValue(t('map<string, int>'), {})).toBeNull();
    expect(checkValue(t('map<string, int[]>'), { a: [1], 'with space': [] })).toBeNull();
    expect(checkValue(t('map<int, string>'), { '-3': 'x', '0': 'y', '12': 'z' })).toBeNull();
    expect(checkValue(t('bigint'), '123456789012345678901234567890')).toBeNull();
    expect(checkValue(t('bigint'), '-42')).toBeNull();
    expect(checkValue(t('bigint'), 42)).toBeNull();
    expect(checkValue(t('char'), 'x')).toBeNull();
    expect(checkValue(t('char'), 'é')).toBeNull();
    expect(checkValue(t('char'), '😀')).toBeNull();
    expect(checkValue(t('{p: int | null}'), { p: null })).toBeNull();
    expect(checkValue(t('{x: float} | null'), null)).toBeNull();
  });

  it.each([
    ['{weight: int, value: int}', { weight: 3 }, '.value: missing'],
    ['{weight: int, value: int}', { weight: 3, value: 4, colour: 'red' }, 'unexpected field "colour" (fields: weight, value)'],
    ['{weight: int, value: int}', { weight: 3, value: '4' }, '.value: expected int, got a string'],
    ['{weight: int, value: int}', [3, 4], 'expected {weight: int, value: int}, got an array'],
    ['{weight: int, value: int}', null, 'expected {weight: int, value: int}, got null'],
    ['{items: {w: int}[]}', { items: [{ w: 1 }, { w: 1.5 }] }, '.items[1].w: expected int, got a fractional number'],
    ['map<string, int>', { a: 1, b: 'two' }, '["b"]: expected int, got a string'],
    ['map<string, int>', [['a', 1]], 'expected map<string, int>, got an array'],
    ['map<int, int>', { '1': 1, x: 2 }, ': the key "x" is not an int'],
    ['map<int, int>', { '1.5': 1 }, ': the key "1.5" is not an int'],
    ['map<string, {a: int}>', { k: { a: 1, b: 2 } }, '["k"]: unexpected field "b" (fields: a)'],
    ['bigint', '12a', 'expected bigint, got a string'],
    ['bigint', '', 'expected bigint, got a string'],
    ['bigint', '1e30', 'expected bigint, got a string'],
    ['bigint', 2 ** 60, 'expected bigint, got an integer beyond 2^53'],
    ['bigint', 1.5, 'expected bigint, got a fractional number'],
    ['char', 'ab', 'expected char, got a string'],
    ['char', '', 'expected char, got a string'],
    ['char', 97, 'expected char, got an integer'],
    ['char | null', 'ab', 'expected char, got a string'],
    ['bigint[]', ['1', 2, 'x'], '[2]: expected bigint, got a string'],
  ])('%s rejects %j with %j', (source, value, message) => {
    expect(checkValue(t(source), value)).toBe(message);
  });

  it('prefixes the path it is given, as case files are checked', () => {
    expect(checkValue(t('{from: string, amount: bigint}[]'), [{ from: 'a', amount: '1' }, { from: 'b', amount: 'lots' }], 'input.transfers')).toBe(
      'input.transfers[1].amount: expected bigint, got a string',
    );
    expect(checkValue(t('map<string, bigint>'), { ann: 10.5 }, 'expected.balances')).toBe('expected.balances["ann"]: expected bigint, got a fractional number');
    expect(checkValue(t('{a: int}'), {}, 'input.x')).toBe('input.x.a: missing');
    expect(checkValue(t('map<int, int>'), { q: 1 }, 'input.m')).toBe('input.m: the key "q" is not an int');
  });

  it('never echoes the offending value', () => {
    const message = checkValue(t('map<string, int>'), { secret: 'hunter2' });
    expect(message).not.toContain('hunter2');
  });

  it('rejects class instances and Maps where a record or map is expected: case data is plain JSON', () => {
    expect(checkValue(t('map<string, int>'), new Map([['a', 1]]))).toBe('expected map<string, int>, got an object');
    expect(checkValue(t('{a: int}'), new (class Point { a = 1; })())).toBe('expected {a: int}, got an object');
  });
});

describe('how solutions receive and return the richer types', () => {
  it('gives a map as a Map, int keys as numbers, bigints as bigint, records as objects', () => {
    const opening = decodeValue(t('map<string, bigint>'), { ann: '9007199254740993', bob: 5 }, classes);
    expect(opening).toBeInstanceOf(Map);
    expect([...(opening as Map<string, bigint>)]).toEqual([['ann', 9007199254740993n], ['bob', 5n]]);
    const byId = decodeValue(t('map<int, {name: string, size: bigint}>'), { '-1': { name: 'a', size: '1' }, '7': { name: 'b', size: '2' } }, classes) as Map<number, unknown>;
    expect(new Set(byId.keys())).toEqual(new Set([7, -1]));
    expect(byId.get(-1)).toEqual({ name: 'a', size: 1n });
    expect(byId.get(7)).toEqual({ name: 'b', size: 2n });
    expect(decodeValue(t('{w: int, v: int}[]'), [{ w: 1, v: 2 }], classes)).toEqual([{ w: 1, v: 2 }]);
    expect(decodeValue(t('bigint | null'), null, classes)).toBeNull();
    expect(decodeValue(t('(bigint | null)[]'), ['3', null], classes)).toEqual([3n, null]);
    expect(decodeValue(t('char'), 'q', classes)).toBe('q');
  });

  it('sends what a solution returns with its bigints as bigints, which the judge writes back as case data once checked', () => {
    expect(encodeValue(t('bigint'), 123456789012345678901234567890n)).toBe(123456789012345678901234567890n);
    expect(answerAsData(t('bigint'), encodeValue(t('bigint'), -5n))).toBe('-5');
    const balances = t('map<int, bigint>');
    expect(encodeValue(balances, new Map([[3, 1n], [-2, 2n]]))).toEqual({ '3': 1n, '-2': 2n });
    expect(answerAsData(balances, encodeValue(balances, new Map([[3, 1n], [-2, 2n]])))).toEqual({ '3': '1', '-2': '2' });
    const record = t('{balances: map<string, bigint>, richest: string | null}');
    const sent = encodeValue(record, { balances: new Map([['a', 10n ** 20n]]), richest: null });
    expect(checkAnswer(record, sent)).toBeNull();
    expect(answerAsData(record, sent)).toEqual({ balances: { a: '100000000000000000000' }, richest: null });
    // A plain object where a map is expected is read by its entries.
    expect(encodeValue(t('map<string, int[]>'), { a: [1] })).toEqual({ a: [1] });
  });

  it('leaves values of the wrong shape for the judge to reject', () => {
    const notBigint = encodeValue(t('bigint'), 'abc');
    expect(checkValue(t('bigint'), notBigint)).toBe('expected bigint, got a string');
    const notMap = encodeValue(t('map<string, int>'), 42);
    expect(checkValue(t('map<string, int>'), notMap)).toBe('expected map<string, int>, got an integer');
  });

  it('round-trips case data through a solution that returns what it got', () => {
    const type = t('map<string, {from: string, amount: bigint, note: char | null}[]>');
    const data = { day1: [{ from: 'x', amount: '18446744073709551617', note: null }], day2: [] };
    expect(answerAsData(type, encodeValue(type, decodeValue(type, data, classes)))).toEqual(data);
  });
});

const lru = {
  class: 'LRUCache',
  constructor: [{ name: 'capacity', type: 'int' }],
  methods: [
    { name: 'get', params: [{ name: 'key', type: 'int' }], returns: { type: 'int' } },
    { name: 'put', params: [{ name: 'key', type: 'int' }, { name: 'value', type: 'int' }], returns: { type: 'void' } },
  ],
};

describe('class signatures', () => {
  const signature = parseSignature(SignatureSchema.parse(lru)) as ClassSignature;

  it('renders the class outline a solver sees', () => {
    expect(signature.kind).toBe('class');
    expect(renderSignature(signature)).toBe(
      'class LRUCache {\n  constructor(capacity: number);\n  get(key: number): number;\n  put(key: number, value: number): void;\n}',
    );
  });

  it('renders rich parameter and return types in a function signature', () => {
    const settle = parseSignature(
      SignatureSchema.parse({
        function: 'settle',
        params: [
          { name: 'opening', type: 'map<string, bigint>' },
          { name: 'transfers', type: '{from: string, to: string, amount: bigint}[]' },
          { name: 'mark', type: 'char | null' },
        ],
        returns: { type: '{balances: map<string, bigint>, richest: string | null}' },
      }),
    );
    expect(renderSignature(settle)).toBe(
      'function settle(opening: Map<string, bigint>, transfers: { from: string; to: string; amount: bigint }[], mark: string | null): { balances: Map<string, bigint>; richest: string | null }',
    );
  });

  it('records a void method as null and any other method as its type or null', () => {
    expect(formatType(stepType(signature.methods[0]!))).toBe('int | null');
    expect(formatType(stepType(signature.methods[1]!))).toBe('int | null');
  });

  it.each([
    [{ ...lru, methods: [] }, 'a class needs at least one method'],
    [{ ...lru, methods: [lru.methods[0], lru.methods[0]] }, 'duplicate method "get"'],
    [{ ...lru, methods: [{ name: 'constructor', params: [], returns: { type: 'void' } }] }, 'list constructor parameters under "constructor"'],
    [{ ...lru, class: 'LRU Cache' }, 'must be a JavaScript identifier'],
    [{ ...lru, methods: [{ name: 'get', params: [{ name: 'key', type: 'integer' }], returns: { type: 'int' } }] }, 'unknown type "integer"'],
  ])('rejects an inconsistent class signature (%#)', (json, message) => {
    const result = SignatureSchema.safeParse(json);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  const input = (operations: unknown[], args: unknown[]) => ({ operations, arguments: args });

  it('accepts a well-formed class case', () => {
    expect(caseProblem(signature, { input: input(['LRUCache', 'put', 'get'], [[2], [1, 1], [1]]), expected: [null, null, 1] })).toBeNull();
    expect(caseProblem(signature, { input: input(['LRUCache', 'get'], [[2], [1]]), error: {} })).toBeNull();
  });

  it.each([
    [input(['put', 'get'], [[1, 1], [1]]), [null, 1], 'input.operations[0]: must be "LRUCache", the constructor'],
    [input(['LRUCache', 'delete'], [[2], [1]]), [null, null], 'input.operations[1]: "delete" is not a method (methods: get, put)'],
    [input(['LRUCache', 'LRUCache'], [[2], [1]]), [null, null], 'input.operations[1]: the constructor can only come first'],
    [input(['LRUCache', 'put'], [[2], [1]]), [null, null], 'input.arguments[1]: put takes 2 arguments, got 1'],
    [input(['LRUCache', 'get'], [[2], ['1']]), [null, 1], 'input.arguments[1][0]: expected int, got a string'],
    [input(['LRUCache', 'get'], [[2]]), [null, 1], 'input.arguments: expected one array of arguments per operation'],
    [input(['LRUCache', 7], [[2], [1]]), [null, 1], 'input.operations: expected an array of method names'],
    [input(['LRUCache', 'get'], [[2], [1]]), [null], 'expected: needs one result per operation'],
    [input(['LRUCache', 'get'], [[2], [1]]), [null, 'one'], 'expected[1]: expected int, got a string'],
    [input(['LRUCache', 'get'], [[2], [1]]), [0, 1], 'expected[0]: must be null (the constructor returns nothing)'],
  ])('names what is wrong with a class case (%#)', (caseInput, expected, message) => {
    expect(caseProblem(signature, { input: caseInput, expected })).toContain(message);
  });

  it('rejects a class case with extra input fields', () => {
    expect(caseProblem(signature, { input: { ...input(['LRUCache'], [[1]]), capacity: 1 }, expected: [null] })).toContain('input has unknown "capacity"');
  });
});

describe('calling a class solution step by step', () => {
  const signature = parseSignature(SignatureSchema.parse(lru)) as ClassSignature;
  const spec = callSpec(signature) as ClassCall;
  let clock = 0;
  const now = () => clock++;

  class Counter {
    private readonly values = new Map<number, number>();
    constructor(readonly capacity: number) {}
    get(key: number): number {
      if (key === 13) throw new RangeError('unlucky');
      return this.values.get(key) ?? -1;
    }
    put(key: number, value: number): number {
      this.values.set(key, value);
      return 99; // a void method's result is recorded as null all the same
    }
  }

  it('records null for the constructor and void methods, and each result in turn', async () => {
    const result = await callClass(spec, Counter as never, [['LRUCache', 'put', 'get', 'get'], [[2], [1, 10], [1], [2]]], classes, now);
    expect(result).toMatchObject({ kind: 'returned', value: [null, null, 10, -1] });
  });

  it('names the step at which a method threw', async () => {
    const result = await callClass(spec, Counter as never, [['LRUCache', 'put', 'get'], [[2], [1, 10], [13]]], classes, now);
    expect(result).toMatchObject({ kind: 'threw', step: 2 });
  });

  it('names step 0 when the constructor throws', async () => {
    class Broken {
      constructor() {
        throw new Error('no');
      }
    }
    const result = await callClass(spec, Broken as never, [['LRUCache', 'get'], [[2], [1]]], classes, now);
    expect(result).toMatchObject({ kind: 'threw', step: 0 });
  });

  it('reports a structure returned where a scalar is expected as a bad answer at its step', async () => {
    class Objects {
      get(): unknown {
        return { value: 1 };
      }
    }
    const result = await callClass(spec, Objects as never, [['LRUCache', 'get'], [[2], [1]]], classes, now);
    expect(result).toMatchObject({ kind: 'bad-answer', reason: 'at step 1: answer: expected int, got an object' });
  });
});
