// problem: groups
// A wrong example answer that shares one 1 000-element row 200 000 times: a few kilobytes on the channel,
// WA ("too large to judge"), and kept as the example's "actual". kata grade's junit reporter writes it with
// JSON.stringify, which expands every share: 600 million characters, over V8's string limit. The
// RangeError stops kata grade with exit 3 after every solution was judged, and no report of the class
// is written, not even the ones asked for before junit.
export function groups(n: number): number[][] {
  const row = new Array<number>(1000).fill(10);
  return new Array<number[]>(200_000).fill(row);
}
