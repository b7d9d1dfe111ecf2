// problem: add
// expect: RE
function down(n: number): number {
  return down(n + 1) + 1;
}
export function add(a: number, b: number): number {
  return down(a + b);
}
