// problem: add
// expect: RE
// Tries to smuggle the hidden input out through the text of a "stack overflow" error.
export function add(a: number, b: number): number {
  throw new RangeError(`Maximum call stack size exceeded [a=${a} b=${b}]`);
}
