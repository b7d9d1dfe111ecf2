// problem: add
// expect: TLE
// Never finishes loading.
while (Date.now() > 0) {}
export function add(a: number, b: number): number {
  return a + b;
}
