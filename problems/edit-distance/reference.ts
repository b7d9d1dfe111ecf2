/**
 * Levenshtein distance by dynamic programming over prefixes, O(|word1| * |word2|)
 * time, two rows of memory. row[j] is the distance between the first i letters
 * of word1 and the first j letters of word2.
 */
export function minDistance(word1: string, word2: string): number {
  const m = word2.length;
  let previous = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Int32Array(m + 1);
  for (let i = 1; i <= word1.length; i++) {
    current[0] = i;
    const letter = word1.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const replace = previous[j - 1]! + (letter === word2.charCodeAt(j - 1) ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      current[j] = Math.min(replace, remove, insert);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}
