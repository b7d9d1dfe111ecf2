// problem: add
// expect: WA
export function add(a: number, b: number): number {
  return new Array(10_000_000).fill(a + b) as unknown as number;
}
