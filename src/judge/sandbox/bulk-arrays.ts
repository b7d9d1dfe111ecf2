/**
 * Array.prototype.fill and Array.from, made safe to run in a worker thread of kata. Natively each is one
 * call that V8 cannot interrupt, and on a sparse array or an array-like the call builds V8's slowest
 * storage, about 120 bytes an element: `new Array(1e8).fill(0)` went on past the thread's heap limit and
 * aborted kata's whole process with V8's out-of-memory report. Here:
 * - fill writes a long range of a sparse array or an array-like in a loop of JavaScript, which the
 *   thread's limits can stop between two elements, and ends the thread at once, as out of memory, when
 *   the range's new elements alone would pass the limit; a dense array (shorter than V8's sparse
 *   threshold) or a typed array is still filled natively, in place;
 * - from reads its argument once (a getter cannot say one length to this check and another to V8), and
 *   reads an array-like's elements through a view that calls JavaScript for each, so it can be stopped
 *   too; an answer that alone would pass the memory limit (from an array-like, an array or a typed array
 *   longer than the limit holds at 8 bytes an element) ends the thread at once, as out of memory.
 * Both stay in place for the run (not writable, not configurable): assigning `fill` or `from` on an array
 * or a subclass then throws in strict code, which no solution of the bank does.
 */

import { clamp, SPARSE_LENGTH, toInteger, toLength } from './spec-integers.ts';

/** The exit code of a thread ended by `overMemory`: its host reads it as MLE (thread-sandbox.ts). */
export const OVER_MEMORY_EXIT = 125;

/** A fill of this many elements or fewer costs little whatever the storage, and stays native. */
const NATIVE_RANGE = 2 ** 16;
/** The least an element of an answer takes in V8's heap without pointer compression (as in Node 20). */
const BYTES_PER_ELEMENT = 8;

// Taken before the solution loads, which could replace any of them.
const apply = Reflect.apply;
const reflectGet = Reflect.get;
const defineProperty = Object.defineProperty;
const toObject = Object;
const isView = ArrayBuffer.isView;
const ProxyConstructor = Proxy;
const iteratorKey = Symbol.iterator;

/**
 * Replaces `realm`'s Array.prototype.fill and Array.from (this realm's by default; another in a test).
 * `limitBytes`: the problem's memory limit; `overMemory`: ends the thread without returning.
 */
export function limitBulkArrays(limitBytes: number, overMemory: () => never, realm: { Array: ArrayConstructor } = globalThis): void {
  const RealmArray = realm.Array;
  const nativeFill = RealmArray.prototype.fill;
  const nativeFrom = RealmArray.from;
  const isArray = RealmArray.isArray;
  const passesLimit = (length: number) => length * BYTES_PER_ELEMENT > limitBytes;
  const methods = {
    // The range is converted once, as the specification does, and given to the native fill as numbers.
    fill(this: unknown, value: unknown, ...range: unknown[]): unknown {
      if (this === null || this === undefined) return apply(nativeFill, this, [value, ...range]);
      const object = toObject(this) as Record<number, unknown> & { length?: unknown };
      const length = toLength(object.length);
      const start = clamp(toInteger(range[0]), length);
      const end = range[1] === undefined ? length : clamp(toInteger(range[1]), length);
      // In place: a short range, a dense array's store, a typed array's buffer.
      if (end - start <= NATIVE_RANGE || (isArray(object) && length < SPARSE_LENGTH) || isView(object)) return apply(nativeFill, this, [value, start, end]);
      // A sparse array or an array-like gets a new entry for each element: these alone would pass the limit.
      if (passesLimit(end - start)) overMemory();
      // Strict code, as the native Set with throwing: a frozen or read-only element throws a TypeError.
      for (let k = start; k < end; k++) object[k] = value;
      return object;
    },
    from(this: unknown, items: unknown, ...rest: unknown[]): unknown {
      // A mapFn that is not a function, or no items, throws in the native call before anything is read.
      if (items === null || items === undefined || (rest[0] !== undefined && typeof rest[0] !== 'function')) return apply(nativeFrom, this, [items, ...rest]);
      const object = toObject(items) as { length?: unknown; [iteratorKey]?: unknown };
      const iterator = object[iteratorKey];
      if (iterator !== undefined && iterator !== null) {
        if ((isArray(object) || isView(object)) && passesLimit(toLength(object.length))) overMemory();
        // The method read above, called as the native from would call it.
        return apply(nativeFrom, this, [{ [iteratorKey]: () => apply(iterator as () => unknown, items, []) }, ...rest]);
      }
      const length = toLength(object.length);
      if (passesLimit(length)) overMemory();
      // The length as read above, no iterator (none was there), and a call into JavaScript for each element.
      const view = new ProxyConstructor(object, { get: (target, key) => (key === 'length' ? length : key === iteratorKey ? undefined : reflectGet(target, key)) });
      return apply(nativeFrom, this, [view, ...rest]);
    },
  };
  defineProperty(RealmArray.prototype, 'fill', { value: methods.fill, writable: false, configurable: false });
  defineProperty(RealmArray, 'from', { value: methods.from, writable: false, configurable: false });
}
