/**
 * WRONG (WA): when the next character is already in the window, it empties the window and
 * starts again from that character, instead of dropping only the part up to the earlier
 * occurrence. "xyxz" gives 2 (it loses the y), the answer is 3.
 */
export function lengthOfLongestSubstring(s: string): number {
  let window = new Set<string>();
  let best = 0;
  for (const char of s) {
    if (window.has(char)) window = new Set<string>();
    window.add(char);
    if (window.size > best) best = window.size;
  }
  return best;
}
