// problem: add
// expect: MLE
// time-limit-ms: 5000
export function add(a: number, b: number): number {
  const hoard: Buffer[] = [];
  for (;;) hoard.push(Buffer.alloc(64 * 1024 * 1024, 1));
}
