/**
 * WRONG (WA): the prefix DP with the first row filled with zeros, as in the
 * longest-common-subsequence table. Turning the empty prefix of word1 into j
 * letters of word2 then looks free, so "" -> "abc" gives 0 instead of 3.
 */
export function minDistance(word1: string, word2: string): number {
  const m = word2.length;
  let previous = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= word1.length; i++) {
    const current = [i];
    for (let j = 1; j <= m; j++) {
      const replace = previous[j - 1]! + (word1[i - 1] === word2[j - 1] ? 0 : 1);
      current[j] = Math.min(replace, previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[m]!;
}
