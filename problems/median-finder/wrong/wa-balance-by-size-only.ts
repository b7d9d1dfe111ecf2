// Two heaps kept at equal sizes, but each number goes to whichever heap is smaller without comparing
// it with the tops, so the lower heap can end up holding numbers larger than the upper heap's.
class Heap {
  private items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): number {
    return this.items[0]!;
  }
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
}

export class MedianFinder {
  private low = new Heap((a, b) => a > b);
  private high = new Heap((a, b) => a < b);

  addNum(num: number): void {
    if (this.low.size <= this.high.size) this.low.push(num);
    else this.high.push(num);
  }

  findMedian(): number {
    if (this.low.size > this.high.size) return this.low.peek();
    return (this.low.peek() + this.high.peek()) / 2;
  }
}
