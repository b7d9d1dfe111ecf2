// problem: add
// expect: RE
export function add(a: number, b: number): number {
  process.kill(process.pid);
  return a + b;
}
