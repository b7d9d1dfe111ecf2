/**
 * Array.prototype.fill and Array.from build an array of any length in one native call, which V8 cannot
 * interrupt. In a worker thread of kata, reaching the heap limit ends the thread only once JavaScript can
 * be interrupted again: an allocation past the limit inside one such call aborts kata's whole process
 * with V8's out-of-memory report (`new Array(1e8).fill(0)` under a 256 MB limit did, after the TLE was
 * printed). A call whose elements alone, at 8 bytes each, would pass the heap limit cannot succeed, so in
 * a thread it is refused before it starts, as an error the host reads as MLE.
 */

/** The code of the error thrown instead: a thread's host turns it into MLE (thread-sandbox.ts). */
export const OVER_MEMORY = 'ERR_KATA_OVER_MEMORY';

/** The least an element of an array takes in V8's heap without pointer compression (as in Node 20). */
const BYTES_PER_ELEMENT = 8;

// Taken before the solution loads, which could replace any of them.
const apply = Reflect.apply;
const defineProperty = Object.defineProperty;
const toObject = Object;
const { max, min, trunc, ceil } = Math;
const iteratorKey = Symbol.iterator;
const MAX_LENGTH = 2 ** 53 - 1;

/** `realm`: the globals whose Array is limited (another realm's in a test). Call it before the solution loads. */
export function limitBulkArrays(heapLimitBytes: number, realm: { Array: ArrayConstructor } = globalThis): void {
  const RealmArray = realm.Array;
  const nativeFill = RealmArray.prototype.fill;
  const nativeFrom = RealmArray.from;
  const isArray = RealmArray.isArray;
  const maxElements = Math.floor(heapLimitBytes / BYTES_PER_ELEMENT);
  const refuse = (what: string, count: number): never => {
    const megabytes = ceil((count * BYTES_PER_ELEMENT) / 2 ** 20);
    const limit = ceil(heapLimitBytes / 2 ** 20);
    const error = new RangeError(`${what} of ${count} elements needs at least ${megabytes} MB, past the ${limit} MB heap: refused before it starts, as V8 could not stop it midway`);
    (error as RangeError & { code: string }).code = OVER_MEMORY;
    throw error;
  };
  const methods = {
    // The range is converted here once, as the specification does, and given to the native fill as numbers.
    fill(this: unknown, value: unknown, ...range: unknown[]): unknown {
      if (this === null || this === undefined) return apply(nativeFill, this, [value, ...range]);
      const length = toLength((toObject(this) as { length?: unknown }).length);
      const start = clamp(toInteger(range[0]), length);
      const end = range[1] === undefined ? length : clamp(toInteger(range[1]), length);
      if (end - start > maxElements) refuse('Array.prototype.fill', end - start);
      return apply(nativeFill, this, [value, start, end]);
    },
    from(this: unknown, items: unknown, ...rest: unknown[]): unknown {
      if (items !== null && items !== undefined) {
        const object = toObject(items) as { length?: unknown; [iteratorKey]?: unknown };
        const arrayLike = object[iteratorKey] === undefined || object[iteratorKey] === null;
        // An array is iterated hole by hole, which builds as large a result as an array-like does.
        if (arrayLike || isArray(object)) {
          const length = toLength(object.length);
          if (length > maxElements) refuse('Array.from', length);
        }
      }
      return apply(nativeFrom, this, [items, ...rest]);
    },
  };
  defineProperty(RealmArray.prototype, 'fill', { value: methods.fill, writable: false, configurable: false });
  defineProperty(RealmArray, 'from', { value: methods.from, writable: false, configurable: false });
}

/** ToIntegerOrInfinity, with ToNumber's errors (a Symbol or a BigInt throws, as in the native call). */
function toInteger(value: unknown): number {
  const number = +(value as number);
  return number !== number ? 0 : trunc(number);
}

function toLength(value: unknown): number {
  const length = toInteger(value);
  return length <= 0 ? 0 : min(length, MAX_LENGTH);
}

/** A relative index (negative from the end) within [0, length]. */
function clamp(index: number, length: number): number {
  return index < 0 ? max(length + index, 0) : min(index, length);
}
