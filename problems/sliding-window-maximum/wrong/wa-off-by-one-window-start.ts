/**
 * WRONG (WA): the monotonic deque, but the front is dropped only once its index is strictly
 * before i - k, so each window reaches one element too far back and covers k + 1 elements.
 */
export function maxSlidingWindow(nums: number[], k: number): number[] {
  const deque: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    while (deque.length > 0 && nums[deque[deque.length - 1]!]! <= nums[i]!) deque.pop();
    deque.push(i);
    if (deque[0]! < i - k) deque.shift();
    if (i >= k - 1) out.push(nums[deque[0]!]!);
  }
  return out;
}
