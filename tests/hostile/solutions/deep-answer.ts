// problem: fill-squares
// expect: RE
// An answer nested 200 000 deep: the sandbox can serialize it, the judge must not crash decoding it.
export function squareAll(nums: number[]): void {
  let deep: unknown = 0;
  for (let i = 0; i < 200_000; i++) deep = [deep];
  (nums as unknown[])[0] = deep;
}
