// problem: add
// A crash posing as MLE. The judge calls a SIGABRT "memory" when the cgroup's peak was near the limit,
// or always when there is no cgroup (the permission-model layer, or bubblewrap on a machine without a
// writable memory cgroup). process.abort is removed, but a failed CHECK in Node's C++ aborts just the
// same: a pipe handle constructed with a type that is not a number. This one uses no memory at all.
export function add(a: number, b: number): number {
  const Pipe = (process.stdin as unknown as { _handle: { constructor: new (type?: unknown) => unknown } })._handle.constructor;
  new Pipe("not a number");
  return a + b;
}
