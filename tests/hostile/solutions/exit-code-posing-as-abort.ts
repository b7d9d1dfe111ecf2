// problem: add
// expect: TLE
// process.exit and reallyExit clamp exit codes below 126, but a natural exit uses process.exitCode as it
// is: 134 would read as SIGABRT (bubblewrap reports a signal as 128 + n), which the judge calls MLE. It
// sets exitCode = 134, unrefs every handle it can reach, and leaves the call pending so that the event
// loop would empty. The harness's own interval, out of its reach, keeps the process alive: TLE.
export function add(a: number, b: number): Promise<number> {
  process.exitCode = 134;
  for (const handle of (process as unknown as { _getActiveHandles(): { unref?: () => void }[] })._getActiveHandles()) handle.unref?.();
  process.stdin.unref?.();
  return new Promise(() => undefined);
}
