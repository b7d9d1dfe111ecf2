/** WRONG (TLE): measures every pair of walls. Correct, but O(n^2): about 5 * 10^9 pairs for n = 10^5. */
export function maxArea(height: number[]): number {
  let best = 0;
  for (let i = 0; i < height.length; i++) {
    for (let j = i + 1; j < height.length; j++) {
      const area = Math.min(height[i]!, height[j]!) * (j - i);
      if (area > best) best = area;
    }
  }
  return best;
}
