// problem: add
// expect: WA
export function add(a: number, b: number): number {
  return NaN;
}
