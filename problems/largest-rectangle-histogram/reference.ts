/**
 * A stack of bar indices whose heights increase from bottom to top. When bar i is lower than the top,
 * the top bar can extend no further right (its right limit is i - 1) and no further left than the bar
 * below it on the stack, so its widest rectangle is settled and it is popped. A final pass with height 0
 * settles every bar still on the stack. Each index is pushed and popped once: O(n).
 */
export function largestRectangleArea(heights: number[]): number {
  const n = heights.length;
  const stack: number[] = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i < n ? heights[i]! : 0;
    while (stack.length > 0 && heights[stack[stack.length - 1]!]! >= h) {
      const top = stack.pop()!;
      const left = stack.length > 0 ? stack[stack.length - 1]! : -1;
      const area = heights[top]! * (i - left - 1);
      if (area > best) best = area;
    }
    stack.push(i);
  }
  return best;
}
