/**
 * WRONG (TLE): the right recurrence, written as plain recursion with no memo.
 * Each mismatch branches three ways and the same prefixes are solved again and
 * again, so the running time is exponential in the length of the words.
 */
export function minDistance(word1: string, word2: string): number {
  const solve = (i: number, j: number): number => {
    if (i === 0) return j;
    if (j === 0) return i;
    if (word1[i - 1] === word2[j - 1]) return solve(i - 1, j - 1);
    return 1 + Math.min(solve(i - 1, j - 1), solve(i - 1, j), solve(i, j - 1));
  };
  return solve(word1.length, word2.length);
}
