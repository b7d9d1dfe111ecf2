// Keeps a sorted array: binary search for the place, then splice the number in. The search is
// O(log n) but the splice shifts O(n) elements, so n adds cost O(n^2) in total.
export class MedianFinder {
  private sorted: number[] = [];

  addNum(num: number): void {
    const a = this.sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < num) lo = mid + 1;
      else hi = mid;
    }
    a.splice(lo, 0, num);
  }

  findMedian(): number {
    const a = this.sorted;
    const n = a.length;
    if (n % 2 === 1) return a[(n - 1) / 2]!;
    return (a[n / 2 - 1]! + a[n / 2]!) / 2;
  }
}
