/**
 * The specification's integer conversions, for the guarded replacements of native array methods
 * (bulk-arrays.ts, native-guards.ts), which must read their arguments as the natives do.
 */

/** From this length on, `new Array(n)` gets V8's sparse storage (a dictionary), not a dense one. */
export const SPARSE_LENGTH = 2 ** 25;
const MAX_LENGTH = 2 ** 53 - 1;

// Taken before the solution loads, which could replace any of them.
const { max, min, trunc } = Math;

/** ToIntegerOrInfinity, with ToNumber's errors (a Symbol or a BigInt throws, as in the native call). */
export function toInteger(value: unknown): number {
  const number = +(value as number);
  return number !== number ? 0 : trunc(number);
}

/** ToLength: a length an array-like may claim, within [0, 2^53 - 1]. */
export function toLength(value: unknown): number {
  const length = toInteger(value);
  return length <= 0 ? 0 : min(length, MAX_LENGTH);
}

/** A relative index (negative from the end) within [0, length]: where fill starts, or a search from `fromIndex`. */
export function clamp(index: number, length: number): number {
  return index < 0 ? max(length + index, 0) : min(index, length);
}
