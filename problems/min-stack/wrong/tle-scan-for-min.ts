// A plain array; getMin scans the whole stack. O(n) per getMin, O(n^2) over many queries.
export class MinStack {
  private values: number[] = [];

  push(val: number): void {
    this.values.push(val);
  }

  pop(): void {
    this.values.pop();
  }

  top(): number {
    return this.values[this.values.length - 1]!;
  }

  getMin(): number {
    let min = Infinity;
    for (const v of this.values) if (v < min) min = v;
    return min;
  }
}
