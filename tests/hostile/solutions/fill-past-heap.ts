// problem: add
// expect: MLE
// time-limit-ms: 5000
// A table sized past the memory limit, filled in one native call that V8 cannot interrupt: in a thread of
// kata, the allocation went on past the thread's heap limit and aborted kata's whole process.
export function add(a: number, b: number): number {
  const table = new Array(1e8).fill(0);
  return table.length + a + b;
}
