// Keeps every number in a plain array and sorts it on every query: O(n log n) per findMedian.
export class MedianFinder {
  private nums: number[] = [];

  addNum(num: number): void {
    this.nums.push(num);
  }

  findMedian(): number {
    const sorted = [...this.nums].sort((a, b) => a - b);
    const n = sorted.length;
    if (n % 2 === 1) return sorted[(n - 1) / 2]!;
    return (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  }
}
