// problem: add
// expect: AC
// A right answer that sleeps a/1000 ms first, hoping its reported time spells out the hidden input.
export function add(a: number, b: number): number {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.abs(a) / 10000);
  return a + b;
}
