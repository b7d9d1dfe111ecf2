import { describe, expect, it } from 'vitest';
import { caseProblem } from '../../../src/problem/cases.ts';
import { convertExercism, type ExercismOptions } from '../../../src/problem/exercism.ts';
import { titleFromSlug } from '../../../src/util/text.ts';
import { BigLiteral, FloatLiteral, inferType, InferenceError, JsonSyntaxError, parseExactJson, toCaseData, toIdentifier } from '../../../src/problem/infer.ts';
import { CaseListSchema, ProblemSchema } from '../../../src/problem/schema.ts';
import { parseSignature } from '../../../src/problem/signature.ts';
import { formatType, parseType } from '../../../src/problem/types.ts';
import { KataError } from '../../../src/util/errors.ts';

interface TestJson {
  uuid?: string;
  description: string;
  property?: string;
  input: Record<string, unknown>;
  expected: unknown;
  reimplements?: string;
}

let uuids = 0;
/** A test case of property "f" unless told otherwise, with a fresh uuid. */
function test(description: string, input: Record<string, unknown>, expected: unknown, extra: Partial<TestJson> = {}): TestJson {
  return { uuid: `u${++uuids}`, description, property: 'f', input, expected, ...extra };
}

function document(cases: unknown[], exercise = 'made-up'): string {
  return JSON.stringify({ exercise, comments: ['made up for the tests'], cases }, null, 2);
}

function convert(text: string, options: Partial<ExercismOptions> = {}) {
  return convertExercism(text, { file: 'canonical-data.json', slug: 'made-up', ...options });
}

/** The signature and the written cases must load as kata would load them. */
function expectLoadable(result: ReturnType<typeof convert>): void {
  const signature = parseSignature(ProblemSchema.parse(result.problemJson).signature);
  for (const json of [...CaseListSchema.parse(result.examples), ...CaseListSchema.parse(result.hidden)]) expect(caseProblem(signature, json)).toBeNull();
}

function typesOf(result: ReturnType<typeof convert>): { params: Record<string, string>; returns: string } {
  const signature = (result.problemJson as { signature: { params: { name: string; type: string }[]; returns: { type: string } } }).signature;
  return { params: Object.fromEntries(signature.params.map((param) => [param.name, param.type])), returns: signature.returns.type };
}

/** Infers the type of one parameter "x" whose cases hold these values. */
function inferParam(...values: unknown[]): { type: string; warnings: string[] } {
  const result = convert(document(values.map((value, index) => test(`case ${index + 1}`, { x: value }, 0))));
  expectLoadable(result);
  return { type: typesOf(result).params.x!, warnings: result.report.warnings };
}

function failure(run: () => unknown): KataError {
  try {
    run();
  } catch (error) {
    if (error instanceof KataError) return error;
    throw error;
  }
  throw new Error('expected a KataError');
}

describe('reading JSON exactly', () => {
  it('keeps the digits of integers beyond 2^53 and parses everything else as JSON.parse does', () => {
    const text = '{"big": 18446744073709551615, "neg": -9007199254740993, "safe": 9007199254740991, "s": "18446744073709551615", "f": 2.0, "e": 1e3, "list": [true, null, "a\\u0041"]}';
    const value = parseExactJson(text) as Record<string, unknown>;
    expect(value.big).toEqual(new BigLiteral('18446744073709551615'));
    expect(value.neg).toEqual(new BigLiteral('-9007199254740993'));
    expect(value.safe).toBe(9007199254740991);
    expect(value.s).toBe('18446744073709551615');
    expect(value.f).toEqual(new FloatLiteral(2));
    expect(value.e).toEqual(new FloatLiteral(1000));
    expect(value.list).toEqual([true, null, 'aA']);
  });

  it('keeps a "__proto__" key as data', () => {
    const value = parseExactJson('{"__proto__": {"a": 1}}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it.each(['{"a": [1,]}', '{"a" 1}', '[01]', '{"a": tru}', '{"a": 1} x', '', '"raw\nnewline"', "{'a': 1}"])('rejects invalid JSON %j with a position', (text) => {
    expect(() => parseExactJson(text)).toThrow(JsonSyntaxError);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('inferring types', () => {
  it.each([
    [[1, -2, 0], 'int'],
    [[1, 2.5], 'float'],
    [[new FloatLiteral(2)], 'float'],
    [['a', 'bc'], 'string'],
    [[true, false], 'bool'],
    [[[1, 2], [], [3]], 'int[]'],
    [[[[1.5]], [[]], []], 'float[][]'],
    [[{ a: 1, b: 'x' }, { b: 'y', a: 2.5 }], '{a: float, b: string}'],
    [[{ a: 1 }, { b: 2 }], 'map<string, int>'],
    [[{ 'not a name': 1 }], 'map<string, int>'],
    [[{}, { a: [1] }], 'map<string, int[]>'],
    [[null, 3], 'int | null'],
    [[[1, null], [2]], '(int | null)[]'],
    [[new BigLiteral('12345678901234567890'), 5], 'bigint'],
    [[{ a: null }, { a: { b: true } }], '{a: {b: bool} | null}'],
  ])('infers from %j the type %s', (values, expected) => {
    const warnings: string[] = [];
    const type = inferType('x', values.map((value, index) => ({ value, source: `case ${index}` })), (message) => warnings.push(message));
    expect(formatType(type)).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('guesses int for what no case shows, with a warning', () => {
    const warnings: string[] = [];
    expect(formatType(inferType('parameter "x"', [{ value: [], source: 'a' }], (message) => warnings.push(message)))).toBe('int[]');
    expect(formatType(inferType('parameter "y"', [{ value: null, source: 'a' }], (message) => warnings.push(message)))).toBe('int | null');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('parameter "x"');
  });

  it.each([
    [[1, 'a'], 'parameter "x": case "case 0" has 1 but case "case 1" has "a", which cannot share one type'],
    [[new BigLiteral('99999999999999999999'), 1, 1.5], 'case "case 0" has 99999999999999999999 but case "case 2" has 1.5'],
    [[[1], ['a']], 'case "case 0" has [1] but case "case 1" has ["a"]'],
    [[true, null, 2], 'case "case 0" has true but case "case 2" has 2'],
    [[[1, 'a']], 'case "case 0" has [1,"a"], whose parts cannot share one type'],
    [[1, [1]], 'case "case 0" has 1 but case "case 1" has [1]'],
  ])('names both cases and their values in a clash in %j', (values, message) => {
    const run = () => inferType('parameter "x"', values.map((value, index) => ({ value, source: `case ${index}` })), () => {});
    expect(run).toThrow(InferenceError);
    expect(run).toThrow(message);
  });

  it('never shows a half-inferred type in a clash', () => {
    const run = () => inferType('parameter "x"', [{ value: [[[]]], source: 'a' }, { value: [{ 'a-b': [] }], source: 'b' }, { value: 'word', source: 'c' }], () => {});
    expect(run).toThrow('case "a" has [[[]]] but case "c" has "word"');
    expect(run).not.toThrow(/unknown|map</);
  });

  it('cuts a long value short in a clash', () => {
    const long = Array.from({ length: 100 }, (_, i) => i);
    const run = () => inferType('x', [{ value: long, source: 'a' }, { value: 'w', source: 'b' }], () => {});
    expect(run).toThrow(/has \[0,1,2,[\d,]*…/);
  });

  it.each([
    [[[1, [2, [3, [4]]], 5]], 'nested<int>[]'],
    [[[[1, 2], [3]], [[[4]]]], 'nested<int>[]'],
    [[[null, [[[null]]], null, [[null, null], null]], [0, [[2, 3], 8, [[[50]]]], -2]], 'nested<int | null>[]'],
    [[[null, [1, null], [[2]]]], 'nested<int | null>[]'],
    [[[[1, null], 2]], 'nested<int | null>[]'],
    [[[[null], 'a', [[]]]], 'nested<string | null>[]'],
    [[{ a: [1, [2]] }], '{a: nested<int>[]}'],
  ])('infers arrays nested to any depth from %j: %s', (values, expected) => {
    const type = inferType('x', values.map((value, index) => ({ value, source: `case ${index}` })), () => {});
    expect(formatType(type)).toBe(expected);
  });

  it('writes bigints as digit strings and float literals as numbers', () => {
    expect(toCaseData(parseType('bigint[]'), [new BigLiteral('123456789012345678901'), 7])).toEqual(['123456789012345678901', '7']);
    expect(toCaseData(parseType('{a: float, b: bigint | null}'), { a: new FloatLiteral(2), b: null })).toEqual({ a: 2, b: null });
    expect(toCaseData(parseType('map<string, float>'), { 'x y': new FloatLiteral(0.5) })).toEqual({ 'x y': 0.5 });
  });
});

describe('converting canonical-data.json', () => {
  const leap = document([
    { description: 'not leap', cases: [test('odd year', { year: 2023 }, false), test('even, not by 4', { year: 1970 }, false)] },
    {
      description: 'leap',
      cases: [
        { description: 'by 4', cases: [test('plain', { year: 1996 }, true), test('by 400', { year: 2000 }, true, { uuid: 'u-2000' })] },
        test('century', { year: 1900 }, false),
      ],
    },
  ]);

  it('writes problem.json with the inferred signature and defaults', () => {
    const result = convert(leap, { slug: 'leap-year' });
    expect(result.problemJson).toEqual({
      formatVersion: 1,
      title: 'Leap Year',
      difficulty: 'medium',
      tags: ['exercism'],
      limits: { timeMs: 2000, memoryMb: 256 },
      signature: { function: 'f', params: [{ name: 'year', type: 'int' }], returns: { type: 'bool' } },
    });
    expect(result.report.signature).toBe('function f(year: number): boolean');
    expectLoadable(result);
  });

  it('takes the first three answered cases as examples, explained by their description path', () => {
    const result = convert(leap);
    expect(result.examples).toEqual([
      { input: { year: 2023 }, expected: false, explanation: 'not leap > odd year' },
      { input: { year: 1970 }, expected: false, explanation: 'not leap > even, not by 4' },
      { input: { year: 1996 }, expected: true, explanation: 'leap > by 4 > plain' },
    ]);
    expect(result.hidden).toHaveLength(2);
    expect(result.hidden[0]).toEqual({ input: { year: 2000 }, expected: true, note: 'leap > by 4 > by 400 (uuid u-2000)' });
    expect(result.report).toMatchObject({ exercise: 'made-up', property: 'f', examples: 3, hidden: 2, errorCases: 0, superseded: 0, skipped: [], warnings: [] });
  });

  it('uses --title and --difficulty', () => {
    const result = convert(leap, { title: 'Leap!', difficulty: 'easy' });
    expect(result.problemJson).toMatchObject({ title: 'Leap!', difficulty: 'easy' });
  });

  it('refuses an empty --title', () => {
    expect(failure(() => convert(leap, { title: '' })).message).toContain('title');
  });

  it('makes JavaScript names of keys', () => {
    expect(['isLeap', 'first-word', 'two words', 'class', '2d', '', 'a_b$'].map(toIdentifier)).toEqual(['isLeap', 'firstWord', 'twoWords', 'class_', '_2d', '_', 'a_b$']);
  });

  it('makes a title from the slug', () => {
    expect(titleFromSlug('two-fer')).toBe('Two Fer');
    expect(titleFromSlug('x')).toBe('X');
  });

  it('turns {"error": message} into a case that must throw, kept out of the examples and the return type', () => {
    const text = document([
      test('negative', { n: -1 }, { error: 'n must be positive' }, { uuid: 'neg' }),
      test('one', { n: 1 }, 'I'),
      test('zero', { n: 0 }, { error: 'n must be positive' }, { uuid: 'zero' }),
      test('four', { n: 4 }, 'IV'),
    ]);
    const result = convert(text);
    expect(typesOf(result).returns).toBe('string');
    expect(result.examples.map((example) => example.input)).toEqual([{ n: 1 }, { n: 4 }]);
    expect(result.hidden).toEqual([
      { input: { n: -1 }, error: { message: 'n must be positive' }, note: 'negative (uuid neg)' },
      { input: { n: 0 }, error: { message: 'n must be positive' }, note: 'zero (uuid zero)' },
    ]);
    expect(result.report.errorCases).toBe(2);
    expect(result.statement).toContain('`n must be positive`');
    expectLoadable(result);
  });

  it('guesses the return type, with a warning, when every case expects an error', () => {
    const result = convert(document([test('bad', { n: -1 }, { error: 'no' })]));
    expect(typesOf(result).returns).toBe('int');
    expect(result.report.warnings.join('\n')).toContain('every case expects an error');
    expect(result.report.warnings.join('\n')).toContain('examples.json is empty');
    expectLoadable(result);
  });

  it('drops a case that a newer case reimplements, even through a chain', () => {
    const text = document([
      test('old', { n: 1 }, 10, { uuid: 'old' }),
      test('middle', { n: 1 }, 11, { uuid: 'middle', reimplements: 'old' }),
      test('other', { n: 2 }, 2),
      { description: 'group', cases: [test('new', { n: 1 }, 1, { uuid: 'new', reimplements: 'middle' })] },
    ]);
    const result = convert(text);
    expect(result.examples.map((example) => example.explanation)).toEqual(['other', 'group > new']);
    expect(result.hidden).toEqual([]);
    expect(result.report.superseded).toBe(2);
  });

  it('imports the most common property by default and reports the others', () => {
    const text = document([
      test('g1', { s: 'a' }, 1, { property: 'g' }),
      test('f1', { n: 1 }, true),
      test('f2', { n: 2 }, false),
      test('h1', {}, null, { property: 'h' }),
    ]);
    const result = convert(text);
    expect(result.report.property).toBe('f');
    expect(result.report.skipped).toEqual([
      { property: 'g', cases: 1 },
      { property: 'h', cases: 1 },
    ]);
    const picked = convert(text, { property: 'g' });
    expect(picked.report.signature).toBe('function g(s: string): number');
    expect(picked.report.skipped.map((entry) => entry.property)).toEqual(['f', 'h']);
  });

  it('takes a function without parameters', () => {
    const result = convert(document([test('h1', {}, [1, 2], { property: 'h' })]));
    expect(result.report.signature).toBe('function h(): number[]');
    expectLoadable(result);
  });

  it('names the properties when --property names none of them', () => {
    const error = failure(() => convert(leap, { property: 'nope' }));
    expect(error.message).toContain('canonical-data.json');
    expect(error.message).toContain('"nope"');
    expect(error.message).toContain('f (5 cases)');
  });

  it('orders parameters as the first case does, or as --param-order says', () => {
    const text = document([test('a', { b: 1, a: 'x', c: true }, 0), test('b', { c: false, a: 'y', b: 2 }, 1)]);
    expect(Object.keys(typesOf(convert(text)).params)).toEqual(['b', 'a', 'c']);
    const ordered = convert(text, { paramOrder: ['a', 'b', 'c'] });
    expect(ordered.report.signature).toBe('function f(a: string, b: number, c: boolean): number');
    expect(Object.keys(ordered.examples[1]!.input)).toEqual(['a', 'b', 'c']);
    expectLoadable(ordered);
  });

  it.each([
    [['a', 'b'], 'missing c'],
    [['a', 'b', 'c', 'd'], 'unknown or repeated d'],
    [['a', 'b', 'b', 'c'], 'unknown or repeated b'],
  ])('rejects --param-order %j', (order, detail) => {
    const text = document([test('a', { b: 1, a: 'x', c: true }, 0)]);
    const error = failure(() => convert(text, { paramOrder: order }));
    expect(error.message).toContain('--param-order');
    expect(error.message).toContain(detail);
    expect(error.hint).toContain('b, a, c');
  });

  it('rejects cases of one property with different inputs, naming both', () => {
    const error = failure(() => convert(document([test('first', { a: 1 }, 0), test('second', { a: 1, b: 2 }, 0)])));
    expect(error.message).toContain('"first" has (a)');
    expect(error.message).toContain('"second" has (a, b)');
  });

  it('keeps big integers exact and types the slot bigint', () => {
    const text = document([test('small', { n: 1 }, 1), test('huge', { n: 64 }, 0)]).replace('"expected": 0', '"expected": 18446744073709551615');
    expect(text).toContain('18446744073709551615');
    const result = convert(text);
    expect(typesOf(result).returns).toBe('bigint');
    expect(result.examples.map((example) => example.expected)).toEqual(['1', '18446744073709551615']);
    expectLoadable(result);
  });

  it('types 2.0 as a float', () => {
    const text = document([test('whole', { x: 1 }, 0)]).replace('"expected": 0', '"expected": 2.0');
    expect(typesOf(convert(text)).returns).toBe('float');
  });

  it('infers records, maps, nullables and nested arrays from all the cases', () => {
    const text = document([
      test('one', { grid: [[]], who: null, scores: { ann: 1 } }, { best: 'ann', total: 1 }),
      test('two', { grid: [['a']], who: 'bo', scores: { bo: 2, cy: 3 } }, { best: null, total: 2.5 }),
    ]);
    const result = convert(text);
    expect(typesOf(result)).toEqual({
      params: { grid: 'string[][]', who: 'string | null', scores: 'map<string, int>' },
      returns: '{best: string | null, total: float}',
    });
    expectLoadable(result);
  });

  it('infers the type of a single parameter from every case', () => {
    expect(inferParam([], [1])).toEqual({ type: 'int[]', warnings: [] });
    expect(inferParam([]).type).toBe('int[]');
    expect(inferParam([]).warnings[0]).toContain('parameter "x"');
    expect(inferParam('a', null).type).toBe('string');
    expect(inferParam(1, 0.5).type).toBe('float');
  });

  it('names the parameter and both cases when the types clash', () => {
    const error = failure(() => convert(document([test('takes a number', { x: 1 }, 0), test('takes a word', { x: 'one' }, 0)])));
    expect(error.message).toContain('parameter "x"');
    expect(error.message).toContain('"takes a number"');
    expect(error.message).toContain('"takes a word"');
  });

  it('names the cases when the answers clash', () => {
    const error = failure(() => convert(document([test('a number', { x: 1 }, 0), { description: 'g', cases: [test('a list', { x: 2 }, [0])] }])));
    expect(error.message).toContain('the return value');
    expect(error.message).toContain('"g > a list"');
  });

  it('renames inputs and properties that are not JavaScript names, with a warning', () => {
    const result = convert(document([test('a', { 'first-word': 'x', class: 1 }, true, { property: 'is-valid' })]));
    expect(result.report.signature).toBe('function isValid(firstWord: string, class_: number): boolean');
    expect(result.examples[0]!.input).toEqual({ firstWord: 'x', class_: 1 });
    expect(result.report.warnings).toHaveLength(3);
    expectLoadable(result);
  });

  it('refuses a value that no kata type holds', () => {
    const text = document([test('a', { x: 1 }, 0)]).replace('"expected": 0', '"expected": 1e999');
    expect(failure(() => convert(text)).message).toContain('"a" does not fit the inferred signature');
  });

  it('writes a statement skeleton and a reference stub that match the signature', () => {
    const result = convert(leap, { slug: 'leap-year' });
    expect(result.statement).toMatch(/^# Leap Year\n/);
    expect(result.statement).toContain('exercise "made-up"');
    expect(result.statement).toContain('with 5 cases');
    expect(result.statement).toContain('function f(year: number): boolean');
    expect(result.statement).toContain('## Write the statement here');
    expect(result.reference).toContain('export function f(year: number): boolean {');
    expect(result.reference).toContain("throw new Error('not implemented');");
    expect(result.reference).toContain('kata validate leap-year');
  });

  it.each([
    ['{"cases": [', 'not valid JSON: unexpected end of the text at line 1, column 12'],
    ['{\n  "cases": [1,]\n}', 'unexpected "]" at line 2, column 15'],
    ['[]', 'expected an object with "cases"'],
    ['{"cases": []}', 'has no test cases'],
    ['{"cases": [3]}', 'cases[0]: expected a test case'],
    ['{"cases": [{"description": "d", "input": {}, "expected": 1}]}', '"property"'],
    ['{"cases": [{"description": "g", "cases": [{"description": "d", "property": "f", "input": {}}]}]}', 'cases[0].cases[0] ("g > d"): a test case needs "expected"'],
    ['{"cases": [{"description": "d", "property": "f", "input": [1], "expected": 1}]}', '"input" must be an object'],
  ])('names the file and the problem in %j', (text, message) => {
    const error = failure(() => convert(text));
    expect(error.message).toContain('canonical-data.json: ');
    expect(error.message).toContain(message);
  });
});

describe('the import options and the richer types', () => {
  it('makes a trailing input that is null in some cases an optional parameter, left out of those cases', () => {
    const result = convert(document([test('no name', { name: null }, 'One for you'), test('a name', { name: 'Bo' }, 'One for Bo')], 'two-fer'));
    expect(result.report.signature).toBe('function f(name?: string): string');
    expect((result.problemJson.signature as { params: unknown[] }).params).toEqual([{ name: 'name', type: 'string', optional: true }]);
    expect(result.examples.map((example) => example.input)).toEqual([{}, { name: 'Bo' }]);
    expect(result.report.warnings).toEqual([]);
    expectLoadable(result);
  });

  it('keeps a null before a required input as a value, with a warning naming --param-order', () => {
    const result = convert(document([test('a', { who: null, n: 1 }, 0), test('b', { who: 'x', n: 2 }, 0)]));
    expect(typesOf(result).params).toEqual({ who: 'string | null', n: 'int' });
    expect(result.report.warnings.join('\n')).toContain('--param-order');
    const reordered = convert(document([test('a', { who: null, n: 1 }, 0), test('b', { who: 'x', n: 2 }, 0)]), { paramOrder: ['n', 'who'] });
    expect(reordered.report.signature).toBe('function f(n: number, who?: string): number');
    expectLoadable(reordered);
  });

  it('types arrays nested to any depth, with the TypeScript declaration in the reference', () => {
    const result = convert(document([test('flat', { array: [1, 2] }, [1, 2]), test('deep', { array: [1, [2, [null, [3]]]] }, [1, 2, 3])], 'flatten-array'));
    expect(typesOf(result).params).toEqual({ array: 'nested<int | null>[]' });
    expect(result.report.signature).toBe('function f(array: Nested<number | null>[]): number[]');
    expect(result.reference).toContain('type Nested<T> = T | Nested<T>[];');
    expectLoadable(result);
  });

  it('passes the whole input as one object with asObject', () => {
    const items = (...pairs: [number, number][]) => pairs.map(([weight, value]) => ({ weight, value }));
    const text = document([test('none', { maximumWeight: 10, items: [] }, 0), test('one', { maximumWeight: 10, items: items([5, 10]) }, 10)], 'knapsack');
    const result = convert(text, { asObject: true, functionName: 'maximumValue' });
    expect(result.report.signature).toBe('function maximumValue(input: { maximumWeight: number; items: { weight: number; value: number }[] }): number');
    expect(result.examples[1]!.input).toEqual({ input: { maximumWeight: 10, items: [{ weight: 5, value: 10 }] } });
    expectLoadable(result);
    expect(failure(() => convert(text, { asObject: true, paramOrder: ['items', 'maximumWeight'] })).message).toContain('--as-object and --param-order');
  });

  it('names the function apart from the property', () => {
    const result = convert(document([test('a', { year: 2000 }, true, { property: 'leapYear' })]), { property: 'leapYear', functionName: 'isLeap' });
    expect(result.report.property).toBe('leapYear');
    expect(result.report.signature).toBe('function isLeap(year: number): boolean');
  });

  it('sets the checker, the time limit and any-error cases', () => {
    const text = document([test('a', { n: 1 }, 1.5), test('b', { n: -1 }, { error: 'negative' })]);
    const result = convert(text, { checker: { kind: 'exact', abs: 0.01 }, timeLimitMs: 500, anyError: true });
    expect(result.problemJson).toMatchObject({ limits: { timeMs: 500 }, checker: { kind: 'exact', abs: 0.01 } });
    expect(result.hidden).toEqual([{ input: { n: -1 }, error: {}, note: 'b (uuid u' + result.hidden[0]!.note!.split('uuid u')[1] }]);
    expect(result.statement).toContain('any error will do');
    expect(result.report.warnings).toEqual([]);
    expect(convert(text).problemJson).not.toHaveProperty('checker');
    const unordered = convert(text, { checker: { kind: 'unordered' } });
    expect(unordered.report.warnings.join('\n')).toContain('--checker unordered only changes how arrays compare');
  });

  it('suggests another property only when the exercise has one', () => {
    const single = failure(() => convert(document([test('a', { x: 1 }, 0), test('b', { x: 'w' }, 0)])));
    expect(single.hint).not.toContain('--property');
    expect(single.hint).not.toContain('--function');
    const several = failure(() => convert(document([test('a', { x: 1 }, 0), test('b', { x: 'w' }, 0), test('c', {}, 0, { property: 'g' })])));
    expect(several.hint).toContain('--property');
  });
});
