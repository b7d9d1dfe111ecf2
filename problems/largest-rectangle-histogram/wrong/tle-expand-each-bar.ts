// For every bar, walks left and right while the neighbours are at least as tall. Correct, but O(n^2)
// when many bars are equal or the heights are sorted.
export function largestRectangleArea(heights: number[]): number {
  const n = heights.length;
  let best = 0;
  for (let i = 0; i < n; i++) {
    const h = heights[i]!;
    let l = i;
    while (l > 0 && heights[l - 1]! >= h) l--;
    let r = i;
    while (r < n - 1 && heights[r + 1]! >= h) r++;
    best = Math.max(best, h * (r - l + 1));
  }
  return best;
}
