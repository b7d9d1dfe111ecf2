/**
 * Monotonic deque of indices whose values decrease from front to back. A new element first
 * evicts every smaller-or-equal value from the back (they can never be a maximum again while
 * it is in the window), and the front leaves once it falls out of the window. Each index
 * enters and leaves once: O(n) time, O(k) memory.
 */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const deque = new Int32Array(nums.length);
  let head = 0;
  let tail = 0;
  const out: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    const value = nums[i]!;
    while (tail > head && nums[deque[tail - 1]!]! <= value) tail--;
    deque[tail++] = i;
    if (deque[head]! <= i - k) head++;
    if (i >= k - 1) out.push(nums[deque[head]!]!);
  }
  return out;
}
