// problem: add
// expect: TLE
export function add(a: number, b: number): number {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return a + b;
}
