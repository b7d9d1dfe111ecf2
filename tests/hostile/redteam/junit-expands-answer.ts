// problem: groups
// A wrong example answer that shares one row, holding one 1 MB string, 600 times: about 1 MB on the
// channel (v8's serializer sends a shared array once), WA, and kept as the example's "actual". kata
// grade's junit reporter writes it with JSON.stringify, which expands every share: 600 million
// characters, over V8's string limit. The RangeError stops kata grade with exit 3 after every solution
// of the class was judged, and no report is written, not even those asked for before junit.
export function groups(n: number): number[][] {
  const row = ["x".repeat(1_000_000)];
  return new Array(600).fill(row) as unknown as number[][];
}
