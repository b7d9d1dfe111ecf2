import { describe, expect, it } from 'vitest';
import { formatType, parseType, toTypeScript, TypeSyntaxError } from '../../../src/problem/types.ts';
import { checkValue } from '../../../src/problem/values.ts';

describe('parseType', () => {
  it.each([
    ['int', 'int', 'number'],
    ['float[]', 'float[]', 'number[]'],
    ['string[][]', 'string[][]', 'string[][]'],
    ['bool', 'bool', 'boolean'],
    ['TreeNode', 'TreeNode', 'TreeNode | null'],
    ['ListNode[]', 'ListNode[]', '(ListNode | null)[]'],
    ['int | null', 'int | null', 'number | null'],
    ['(int | null)[]', '(int | null)[]', '(number | null)[]'],
    [' int [ ] ', 'int[]', 'number[]'],
  ])('reads %s', (source, formatted, typescript) => {
    const type = parseType(source);
    expect(formatType(type)).toBe(formatted);
    expect(toTypeScript(type)).toBe(typescript);
  });

  it.each([
    ['integer', 'unknown type "integer"'],
    ['int[', 'expected "]"'],
    ['int | string', 'a union must be "T | null"'],
    ['int int', 'unexpected "int"'],
    ['', 'expected a type'],
    ['(int', 'expected ")"'],
  ])('rejects %j with a message naming the problem', (source, message) => {
    expect(() => parseType(source)).toThrow(TypeSyntaxError);
    expect(() => parseType(source)).toThrow(message);
  });
});

describe('checkValue', () => {
  it('accepts values of the type', () => {
    expect(checkValue(parseType('int[][]'), [[1, 2], [], [3]])).toBeNull();
    expect(checkValue(parseType('TreeNode'), [1, null, 2])).toBeNull();
    expect(checkValue(parseType('TreeNode'), [])).toBeNull();
    expect(checkValue(parseType('ListNode'), [1, 2, 3])).toBeNull();
    expect(checkValue(parseType('int | null'), null)).toBeNull();
    expect(checkValue(parseType('float'), 0.5)).toBeNull();
  });

  it('names the path of the first mismatch without echoing the value', () => {
    expect(checkValue(parseType('int[][]'), [[1], [2, 'x']], 'input.grid')).toBe('input.grid[1][1]: expected int, got a string');
    expect(checkValue(parseType('int'), 1.5)).toBe('expected int, got a fractional number');
    expect(checkValue(parseType('int'), 2 ** 60)).toBe('expected int, got an integer beyond 2^53');
    expect(checkValue(parseType('float'), NaN)).toBe('expected float, got NaN');
    expect(checkValue(parseType('TreeNode'), [null, 1])).toContain('cannot start with null');
    expect(checkValue(parseType('bool'), 1)).toBe('expected bool, got an integer');
  });

  it('terminates on a cyclic value', () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(checkValue(parseType('int[][]'), cyclic)).toBe('[0][0]: expected int, got an array');
  });
});
