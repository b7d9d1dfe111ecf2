// problem: add
// expect: WA
console.log = () => { throw new Error("no"); };
export function add(a: number, b: number): number {
  return a * b;
}
