// problem: add
// expect: RE
export function add(a: number, b: number): number {
  throw { reason: "plain object" };
}
