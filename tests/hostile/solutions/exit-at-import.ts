// problem: add
// expect: RE
process.exit(0);
export function add(a: number, b: number): number {
  return a + b;
}
