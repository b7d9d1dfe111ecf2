// problem: groups
// expect: WA
// One 1000-element row shared 200 000 times: small to send, 2*10^8 cells to walk.
export function groups(n: number): number[][] {
  const row = new Array<number>(1000).fill(1);
  return new Array<number[]>(200_000).fill(row);
}
