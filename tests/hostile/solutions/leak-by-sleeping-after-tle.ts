// problem: add
// expect: TLE
// Answers the examples, then on the first hidden case uses a little more CPU time than the limit and
// sleeps 1000 + |a| % 1000 ms before answering. A hidden case's TLE used to report the wall time to the
// microsecond (1846.706 ms spelled a = 424242: 10 bits in whole milliseconds, more in the fraction); it
// must report the limit and a fixed phrase, whatever the solution did past it.
let calls = 0;
export function add(a: number, b: number): number {
  if (++calls <= 2) return a + b;
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if (used.user + used.system > 600_000) break;
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000 + (Math.abs(a) % 1000));
  return a + b;
}
