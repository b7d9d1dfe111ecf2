// problem: group-anagrams
// workspace: authoring
// The sort bomb of sort-bomb.ts, smaller (2 000 groups: about 5 s of the judge's CPU for one case), for the test of
// a neighbour judged in the same process, as kata grade does: while the judge sorts, its event loop is
// blocked, so the other sandbox's reply waits unread and its wall-clock watchdog fires late.
const GROUPS = 2000;
export function groupAnagrams(words: string[]): string[][] {
  const prefix = "x".repeat(1 << 20);
  const rows = Array.from({ length: 16 }, (_, i) => [`${prefix}${String.fromCharCode(97 + i)}`]);
  const out: string[][] = [];
  let x = 12345;
  for (let i = 0; i < GROUPS; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(rows[(x >> 16) & 15]!);
  }
  return out;
}
