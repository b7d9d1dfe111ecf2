// problem: add
// expect: RE
// Spins at load, then exits in each case: after the first crash the rest are skipped, not reloaded.
const spin = (ms: number) => { const until = performance.now() + ms; while (performance.now() < until) {} };
spin(1500);
export function add(a: number, b: number): number {
  spin(300);
  return (process as unknown as { reallyExit(code: number): never }).reallyExit(1);
}
