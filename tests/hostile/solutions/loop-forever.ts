// problem: add
// expect: TLE
// Loops forever on every case: costs one time limit, the rest are skipped.
export function add(a: number, b: number): number {
  for (;;) a += b;
}
