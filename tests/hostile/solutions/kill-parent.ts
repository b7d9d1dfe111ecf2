// problem: add
// expect: RE
// Signals are outside the permission model; the harness removes process.kill before the solution loads.
export function add(a: number, b: number): number {
  process.kill(process.ppid, "SIGKILL");
  return a + b;
}
