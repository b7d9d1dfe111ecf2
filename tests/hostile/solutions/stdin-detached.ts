// problem: add
// expect: TLE
// Takes the harness's request listener off stdin at load: no case is ever answered, and the judge's wall limit ends it.
process.stdin.removeAllListeners("data");
export function add(a: number, b: number): number {
  return a + b;
}
