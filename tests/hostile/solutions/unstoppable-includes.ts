// problem: add
// expect: TLE
// One call of a built-in that loops in native code without ever checking for interruption: includes over
// an array-like of length 2^40. A sandboxed process is killed at its limit. A worker thread of kata
// (kata test's fast path) cannot be ended during the call, and Node's exit waits for every thread: kata
// must still print the verdict and exit, not hang.
export function add(a: number, b: number): number {
  Array.prototype.includes.call({ length: 2 ** 40 }, a + b + 0.5);
  return a + b;
}
