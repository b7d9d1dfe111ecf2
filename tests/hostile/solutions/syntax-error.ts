// problem: add
// expect: CE
export function add(a: number, b: number): number {
  return a + ;
}
