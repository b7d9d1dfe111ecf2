// problem: add
// expect: RE
// process.exit(0) mid-case is not a success.
export function add(a: number, b: number): number {
  process.exit(0);
  return a + b;
}
