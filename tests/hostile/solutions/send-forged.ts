// problem: add
// expect: RE
// The IPC channel's send is taken away before the solution loads: no forged "accepted" reply.
export function add(a: number, b: number): number {
  (process as unknown as { send: (message: unknown) => void }).send({ type: 'returned', nonce: 1, timeMs: 0, value: a + b, output: '', outputBytes: 0 });
  return -1;
}
