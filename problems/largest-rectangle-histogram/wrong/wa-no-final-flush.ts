// The monotonic stack, but bars still on the stack when the scan ends are never settled, so any
// rectangle that reaches the right edge of the histogram is missed.
export function largestRectangleArea(heights: number[]): number {
  const stack: number[] = [];
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i]!;
    while (stack.length > 0 && heights[stack[stack.length - 1]!]! >= h) {
      const top = stack.pop()!;
      const left = stack.length > 0 ? stack[stack.length - 1]! : -1;
      best = Math.max(best, heights[top]! * (i - left - 1));
    }
    stack.push(i);
  }
  return best;
}
