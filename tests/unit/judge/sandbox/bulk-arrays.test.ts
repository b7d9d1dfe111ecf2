import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { limitBulkArrays, OVER_MEMORY } from '../../../../src/judge/sandbox/bulk-arrays.ts';

/** A fresh realm whose Array is limited to `maxElements` elements per call (8 bytes each): this process's own Array stays as it is. */
function limitedRealm(maxElements: number): { run: (code: string) => unknown } {
  const context: Record<string, unknown> = {};
  const realm = runInNewContext('globalThis', context) as { Array: ArrayConstructor };
  limitBulkArrays(maxElements * 8, realm);
  return { run: (code) => runInNewContext(code, context) };
}

const unlimited = (code: string) => runInNewContext(code);
/** An error of that name from any realm (the other realm's TypeError is not this one's). */
const named = (name: string) => expect.objectContaining({ name });

describe('limitBulkArrays', () => {
  it('fills as the native fill does, for every kind of range', () => {
    const { run } = limitedRealm(1000);
    const ranges = ['', ', 2', ', -2', ', 1, 3', ', 1, -1', ', -10, 100', ', NaN, Infinity', ", '1', '4'", ', undefined, 2', ', 3.7, 4.2', ', -Infinity', ', 4, 1'];
    for (const range of ranges) {
      const code = `JSON.stringify([[0, 1, 2, 3, 4].fill(9${range}), Array.prototype.fill.call({ length: 3, 0: 'a' }, 'z'${range})])`;
      expect(run(code), range).toBe(unlimited(code));
    }
    expect(run('const a = [1, 2]; a.fill(0) === a')).toBe(true);
  });

  it('throws what the native fill throws on a range that is not a number', () => {
    const { run } = limitedRealm(1000);
    expect(() => run('[1, 2].fill(0, Symbol())')).toThrow(named('TypeError'));
    expect(() => run('[1, 2].fill(0, 1n)')).toThrow(named('TypeError'));
    expect(() => run('Array.prototype.fill.call(null, 0)')).toThrow(named('TypeError'));
  });

  it('refuses a fill of more elements than the heap could hold, counting only the range filled', () => {
    const { run } = limitedRealm(100);
    expect(() => run('new Array(101).fill(0)')).toThrow(expect.objectContaining({ name: 'RangeError', code: OVER_MEMORY }));
    expect(() => run('const a = []; a.length = 5e8; a.fill(0)')).toThrow(/Array.prototype.fill of 500000000 elements needs at least 3815 MB/);
    expect(run('new Array(1000).fill(7, 950).filter((x) => x === 7).length')).toBe(50);
    expect(run('new Array(1000).fill(7, -100).length')).toBe(1000);
  });

  it('refuses Array.from of a long array-like or array, and builds from anything else as before', () => {
    const { run } = limitedRealm(100);
    expect(() => run('Array.from({ length: 101 })')).toThrow(expect.objectContaining({ code: OVER_MEMORY }));
    expect(() => run('Array.from(new Array(101))')).toThrow(expect.objectContaining({ code: OVER_MEMORY }));
    expect(run('JSON.stringify(Array.from({ length: 3 }, (_, i) => i * 2))')).toBe('[0,2,4]');
    expect(run("Array.from('abc').join('-')")).toBe('a-b-c');
    expect(run('Array.from(new Set([1, 2, 2])).length')).toBe(2);
    // A subclass still gets instances of its own.
    expect(run('class Row extends Array {}; Row.from([1, 2]) instanceof Row')).toBe(true);
    expect(() => run('Array.from(null)')).toThrow(named('TypeError'));
  });

  it('cannot be replaced by the solution', () => {
    const { run } = limitedRealm(100);
    expect(() => run("'use strict'; Array.prototype.fill = function () { return this; }")).toThrow(named('TypeError'));
    expect(() => run("'use strict'; delete Array.from")).toThrow(named('TypeError'));
    expect(() => run('new Array(101).fill(0)')).toThrow(named('RangeError'));
  });
});
