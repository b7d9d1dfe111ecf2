// problem: add
// expect: CE
export function plus(a: number, b: number): number {
  return a + b;
}
