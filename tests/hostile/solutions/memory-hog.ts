// problem: add
// expect: MLE
// time-limit-ms: 5000
export function add(a: number, b: number): number {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(a));
}
