import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { limitBulkArrays } from '../../../../src/judge/sandbox/bulk-arrays.ts';

const OVER = 'over the memory limit';

/**
 * A fresh realm whose Array is limited to answers of `maxElements` elements (8 bytes each), where going
 * over throws a marker instead of ending a thread: this process's own Array stays as it is.
 */
function limitedRealm(maxElements: number): (code: string) => unknown {
  const context: Record<string, unknown> = {};
  const realm = runInNewContext('globalThis', context) as { Array: ArrayConstructor };
  limitBulkArrays(maxElements * 8, () => {
    throw new Error(OVER);
  }, realm);
  return (code) => runInNewContext(code, context);
}

const unlimited = (code: string) => runInNewContext(code);
/** An error of that name from any realm (the other realm's TypeError is not this one's). */
const named = (name: string) => expect.objectContaining({ name });

describe('fill, limited', () => {
  it('fills as the native fill does, for every kind of range, on arrays and array-likes, short and long', () => {
    const run = limitedRealm(1e6);
    const ranges = ['', ', 2', ', -2', ', 1, 3', ', 1, -1', ', -10, 100', ', NaN, Infinity', ", '1', '4'", ', undefined, 2', ', 3.7, 4.2', ', -Infinity', ', 4, 1'];
    for (const range of ranges) {
      const code = `JSON.stringify([[0, 1, 2, 3, 4].fill(9${range}), Array.prototype.fill.call({ length: 3, 0: 'a' }, 'z'${range})])`;
      expect(run(code), range).toBe(unlimited(code));
    }
    // Longer than a native call is let fill on an array-like: the loop writes the same elements, and returns the object.
    const long = "const o = { length: 100000 }; const r = Array.prototype.fill.call(o, 7, 10, -10); JSON.stringify([r === o, Object.keys(o).length, o[9], o[10], o[99989], o[99990]])";
    expect(run(long)).toBe(unlimited(long));
    expect(run('const a = [1, 2]; a.fill(0) === a')).toBe(true);
  });

  it('fills a long range of a sparse array in a loop, and ends the run when its new elements would pass the limit', () => {
    const run = limitedRealm(100000);
    expect(run('new Array(2 ** 25).fill(1, 0, 70000).filter((x) => x === 1).length')).toBe(70000);
    expect(() => run('new Array(2 ** 25).fill(1, 0, 100001)')).toThrow(OVER);
    expect(() => run('Array.prototype.fill.call({ length: 1e9 }, 0)')).toThrow(OVER);
    // In place, whatever the limit: a dense array and a typed array already hold their elements.
    const tight = limitedRealm(10);
    expect(tight('new Array(1000).fill(7, 950).filter((x) => x === 7).length')).toBe(50);
    expect(tight('new Float64Array(100000).fill(2)[99999]')).toBe(2);
    expect(tight('Array.prototype.fill.call(new Uint8Array(100000), 3)[5]')).toBe(3);
  });

  it('throws what the native fill throws', () => {
    const run = limitedRealm(1e6);
    expect(() => run('[1, 2].fill(0, Symbol())')).toThrow(named('TypeError'));
    expect(() => run('[1, 2].fill(0, 1n)')).toThrow(named('TypeError'));
    expect(() => run('Array.prototype.fill.call(null, 0)')).toThrow(named('TypeError'));
    expect(() => run('Object.freeze([1, 2]).fill(0)')).toThrow(named('TypeError'));
    expect(() => run('Array.prototype.fill.call(Object.freeze({ length: 100000 }), 0)')).toThrow(named('TypeError'));
  });
});

describe('from, limited', () => {
  it('ends the run, as out of memory, when the answer alone would pass the limit', () => {
    const run = limitedRealm(100);
    expect(() => run('Array.from({ length: 101 })')).toThrow(OVER);
    expect(() => run('Array.from({ length: 101 }, () => 0)')).toThrow(OVER);
    expect(() => run('Array.from(new Array(101))')).toThrow(OVER);
    expect(() => run('Array.from(new Uint8Array(101))')).toThrow(OVER);
    expect(run('Array.from({ length: 100 }).length')).toBe(100);
  });

  it('builds from anything else as the native from does', () => {
    const run = limitedRealm(100);
    const cases = [
      'Array.from({ length: 3 }, (_, i) => i * 2)',
      "Array.from({ length: 2, 0: 'a', 1: 'b' }, function (x) { return x + this.s; }, { s: '!' })",
      "Array.from('abc')",
      'Array.from(new Set([1, 2, 2]))',
      'Array.from(new Map([[1, 2]]))',
      'Array.from([1, , 3])',
      'Array.from({ *[Symbol.iterator]() { yield 1; yield 2; } })',
      'Array.from(5)',
    ];
    for (const code of cases) expect(run(`JSON.stringify(${code})`), code).toBe(unlimited(`JSON.stringify(${code})`));
    // A subclass still gets instances of its own.
    expect(run('class Row extends Array {}; Row.from([1, 2]) instanceof Row')).toBe(true);
  });

  it('reads the length and the iterator once, so a getter cannot show this check one thing and V8 another', () => {
    const run = limitedRealm(100);
    expect(run('{ let reads = 0; const a = Array.from({ get length() { return reads++ ? 5e8 : 3; } }); [a.length, reads].join(); }')).toBe('3,1');
    expect(run('{ let reads = 0; const a = Array.from({ length: 5e8, get [Symbol.iterator]() { return reads++ ? undefined : function* () { yield 1; }; } }); [a.length, reads].join(); }')).toBe('1,1');
  });

  it('throws what the native from throws before it reads anything', () => {
    const run = limitedRealm(100);
    expect(() => run("Array.from({ length: 5e8 }, 'not a function')")).toThrow(named('TypeError'));
    expect(() => run('Array.from(null)')).toThrow(named('TypeError'));
  });
});

describe('the limited methods', () => {
  it('cannot be replaced by the solution', () => {
    const run = limitedRealm(100);
    expect(() => run("'use strict'; Array.prototype.fill = function () { return this; }")).toThrow(named('TypeError'));
    expect(() => run("'use strict'; delete Array.from")).toThrow(named('TypeError'));
    expect(() => run('Array.from({ length: 101 })')).toThrow(OVER);
  });
});
