// problem: add
// expect: WA
// The environment is empty: a CI secret is not there to read.
export function add(a: number, b: number): number {
  return Object.keys(process.env).length > 0 ? a + b : -1;
}
