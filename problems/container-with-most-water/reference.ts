/**
 * Two pointers from both ends. The shorter of the two walls limits every container that
 * uses it with any wall in between, and all of those are also narrower, so the shorter wall
 * can be dropped for good. O(n) time, O(1) memory.
 */
export function maxArea(height: number[]): number {
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    const a = height[left]!;
    const b = height[right]!;
    const area = Math.min(a, b) * (right - left);
    if (area > best) best = area;
    if (a < b) left++;
    else right--;
  }
  return best;
}
