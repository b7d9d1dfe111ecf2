// problem: group-anagrams
// workspace: authoring
// A wrong answer that costs the judge far more than it cost the solution. Under "unordered-deep" the judge
// sorts every array of the answer with its own comparison, which has no budget: 3 000 groups, each one
// of 16 shared rows holding a 1 MiB word that differs from the others only in its last letter. The answer
// is 16 MiB on the channel and 6 000 values (far inside the 20 million), the solution's CPU time is a few
// milliseconds, and each of the n log n comparisons of the judge's sort reads a megabyte: about 9 s of the
// judge's CPU for this one case; 20 000 groups took 52 s, for every case that gets this answer.
const GROUPS = 3000;
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
