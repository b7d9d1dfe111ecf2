/** The inline context's guards (src/judge/sandbox/native-guards.ts), in a fresh realm: this process's own built-ins stay as they are. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { guardNativeLoops } from '../../../../src/judge/sandbox/native-guards.ts';

function guardedRealm(memoryBytes = 256 * 2 ** 20): (code: string, timeout?: number) => unknown {
  const context: Record<string, unknown> = {};
  guardNativeLoops(memoryBytes, runInNewContext('globalThis', context) as Parameters<typeof guardNativeLoops>[1]);
  return (code, timeout) => runInNewContext(code, context, timeout === undefined ? {} : { timeout });
}

const unguarded = (code: string) => runInNewContext(code);

describe('includes, indexOf and lastIndexOf, guarded', () => {
  it('answer as the native methods do, on arrays, sparse arrays and array-likes, from any index', () => {
    const run = guardedRealm();
    const receivers = ['[1, 2, NaN, 2, undefined, 0]', '(() => { const a = [1, , 3]; a[40] = 2; return a; })()', "({ length: 6, 0: 1, 1: 2, 2: NaN, 3: 2, 5: '0' })", "({ length: '4', 1: -0, 3: 2 })"];
    const calls = ['includes(2)', 'includes(NaN)', 'includes(undefined)', 'includes(0)', 'includes(2, -2)', 'includes(2, Infinity)', 'indexOf(2)', 'indexOf(2, 4)', 'indexOf(undefined)', 'indexOf(NaN)', 'indexOf(2, -3)', 'lastIndexOf(2)', 'lastIndexOf(2, 2)', 'lastIndexOf(2, -4)', 'lastIndexOf(2, -Infinity)', 'lastIndexOf(0)'];
    for (const receiver of receivers) {
      for (const call of calls) {
        const [name, args] = [call.slice(0, call.indexOf('(')), call.slice(call.indexOf('('))];
        const code = `JSON.stringify(Array.prototype.${name}.call(${receiver}, ...[${args.slice(1, -1)}]))`;
        expect(run(code), `${receiver}.${call}`).toBe(unguarded(code));
      }
    }
    // An array past V8's sparse threshold takes the loop too.
    const sparse = '{ const a = []; a[7] = 2; a[2 ** 25 + 1] = 2;';
    for (const call of ['a.indexOf(2, 8)', 'a.includes(3)', 'a.lastIndexOf(2, -3)']) expect(run(`${sparse} ${call} }`), call).toBe(unguarded(`${sparse} ${call} }`));
  });

  it('can be stopped by a timeout over an array-like of length 2^40 and an array with an element at 2^32 - 2', () => {
    const run = guardedRealm();
    for (const code of ['Array.prototype.includes.call({ length: 2 ** 40 }, 1)', 'const a = []; a[4294967294] = 1; a.indexOf(2)', 'Array.prototype.lastIndexOf.call({ length: 2 ** 40 }, 1)']) {
      const started = performance.now();
      expect(() => run(code, 100), code).toThrow(/timed out/);
      expect(performance.now() - started).toBeLessThan(5000);
    }
  });
});

describe('texts too long for V8 to split or parse', () => {
  it('are refused with a RangeError, which V8 would have ended the process over; shorter ones split as before', () => {
    const run = guardedRealm();
    expect(() => run("'x'.repeat(2 ** 26).split('')")).toThrow(/split of a text this long/);
    expect(() => run("JSON.parse('[' + '0,'.repeat(2 ** 25) + '0]')")).toThrow(/parse of a text this long/);
    expect(run("'a,b,,c'.split(',').length")).toBe(4);
    expect(run("JSON.parse('[1,2]').length")).toBe(2);
  });
});

describe('resizable buffers', () => {
  it('may not reserve more than the memory limit, and are otherwise the same constructors', () => {
    const run = guardedRealm(2 ** 20);
    expect(() => run('new ArrayBuffer(0, { maxByteLength: 2 ** 32 })')).toThrow(/may grow past the memory limit/);
    expect(() => run('new SharedArrayBuffer(0, { maxByteLength: 2 ** 21 })')).toThrow(/may grow past the memory limit/);
    expect(run('const b = new ArrayBuffer(4, { maxByteLength: 1024 }); b.resize(8); [b.byteLength, b instanceof ArrayBuffer, b.resizable].join()')).toBe('8,true,true');
    expect(run('class Sub extends ArrayBuffer {} ; new Sub(16) instanceof Sub && new ArrayBuffer(2 ** 30).byteLength === 2 ** 30')).toBe(true);
  });
});
