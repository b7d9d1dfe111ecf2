// The monotonic stack, but the width of a popped bar is measured from the popped bar itself
// (i - top) instead of from the bar below it on the stack, so it forgets the taller bars that were
// popped earlier on its left.
export function largestRectangleArea(heights: number[]): number {
  const n = heights.length;
  const stack: number[] = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i < n ? heights[i]! : 0;
    while (stack.length > 0 && heights[stack[stack.length - 1]!]! >= h) {
      const top = stack.pop()!;
      best = Math.max(best, heights[top]! * (i - top));
    }
    stack.push(i);
  }
  return best;
}
