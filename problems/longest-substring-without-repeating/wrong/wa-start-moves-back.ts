/**
 * WRONG (WA): the last-seen-index window, but it jumps the start to just after the earlier
 * occurrence even when that occurrence is already outside the window. The start then moves
 * backwards and a repeat slips back in: "abba" gives 3 ("bba"), the answer is 2.
 */
export function lengthOfLongestSubstring(s: string): number {
  const last = new Map<string, number>();
  let start = 0;
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const seen = last.get(s[end]!);
    if (seen !== undefined) start = seen + 1;
    last.set(s[end]!, end);
    best = Math.max(best, end - start + 1);
  }
  return best;
}
