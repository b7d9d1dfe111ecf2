/**
 * WRONG (TLE): looks at every substring s[i..j] and keeps the longest one without repeats.
 * It notes whether a repeat has appeared yet but keeps scanning to the end for every i, so it
 * does about n^2 / 2 steps: 5 * 10^9 for n = 10^5.
 */
export function lengthOfLongestSubstring(s: string): number {
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const seen = new Uint8Array(128);
    let clean = true;
    for (let j = i; j < s.length; j++) {
      const code = s.charCodeAt(j);
      if (seen[code]) clean = false;
      seen[code] = 1;
      if (clean && j - i + 1 > best) best = j - i + 1;
    }
  }
  return best;
}
