/**
 * WRONG (WA): the prefix DP with only insertions and deletions. A replacement
 * then costs two operations (delete + insert), so "abc" -> "xyz" gives 6, not 3.
 */
export function minDistance(word1: string, word2: string): number {
  const m = word2.length;
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= word1.length; i++) {
    const current = [i];
    for (let j = 1; j <= m; j++) {
      if (word1[i - 1] === word2[j - 1]) current[j] = previous[j - 1]!;
      else current[j] = Math.min(previous[j]!, current[j - 1]!) + 1;
    }
    previous = current;
  }
  return previous[m]!;
}
