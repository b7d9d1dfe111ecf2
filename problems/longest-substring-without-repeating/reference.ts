/**
 * Sliding window [start, end]. For each character remember the last index it was seen at.
 * When s[end] was last seen inside the window, the window must start just after that
 * occurrence; it never moves backwards. O(n) time, O(alphabet) memory.
 */
export function lengthOfLongestSubstring(s: string): number {
  const last = new Map<number, number>();
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const code = s.charCodeAt(end);
    const seen = last.get(code);
    if (seen !== undefined && seen >= start) start = seen + 1;
    last.set(code, end);
    if (end - start + 1 > best) best = end - start + 1;
  }
  return best;
}
