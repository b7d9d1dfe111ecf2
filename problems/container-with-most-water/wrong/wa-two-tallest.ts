/**
 * WRONG (WA): takes the two tallest walls. It ignores the width: two tall walls close
 * together can hold less than two shorter walls far apart.
 */
export function maxArea(height: number[]): number {
  let first = 0;
  let second = -1;
  for (let i = 1; i < height.length; i++) {
    if (height[i]! > height[first]!) {
      second = first;
      first = i;
    } else if (second < 0 || height[i]! > height[second]!) {
      second = i;
    }
  }
  if (second < 0) return 0;
  return Math.min(height[first]!, height[second]!) * Math.abs(first - second);
}
