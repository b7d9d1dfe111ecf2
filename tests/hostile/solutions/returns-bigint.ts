// problem: add
// expect: WA
export function add(a: number, b: number): number {
  return BigInt(a + b) as unknown as number;
}
