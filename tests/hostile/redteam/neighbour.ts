// problem: add
// A right answer that computes for 300 ms of its 500 ms limit in each case: an innocent neighbour of a
// hostile solution judged at the same time by the same kata process (kata grade --jobs).
export function add(a: number, b: number): number {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system > 300_000) break;
  }
  return a + b;
}
