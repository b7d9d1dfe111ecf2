// problem: add
// expect: TLE
// A slow solution that stops the clocks still gets TLE.
performance.now = () => 0;
Date.now = () => 0;
process.hrtime = Object.assign(() => [0, 0] as [number, number], { bigint: () => 0n });
export function add(a: number, b: number): number {
  const until = Date.prototype.getTime.call(new Date()) + 5000;
  while (Date.prototype.getTime.call(new Date()) < until) {}
  return a + b;
}
