// problem: add
// expect: RE
export function add(a: number, b: number): number {
  try { process.kill(process.ppid, "SIGSTOP"); } catch {}
  (process as unknown as { _kill: (pid: number, sig: number) => void })._kill(process.ppid, 19);
  return a + b;
}
