// Swap-based generation that forgets to swap back after each branch: the array drifts between branches,
// so some arrangements come out twice and others never.
export function permute(nums: number[]): number[][] {
  const a = nums.slice();
  const out: number[][] = [];
  const go = (start: number): void => {
    if (start === a.length) {
      out.push(a.slice());
      return;
    }
    for (let i = start; i < a.length; i++) {
      [a[start], a[i]] = [a[i]!, a[start]!];
      go(start + 1);
    }
  };
  go(0);
  return out;
}
