// problem: add
// expect: RE
export function add(a: number, b: number): number {
  throw "a string, not an Error";
}
