// Keeps a single running minimum. push lowers it, but pop never raises it again, so after the minimum
// is popped getMin still reports a value that is no longer on the stack.
export class MinStack {
  private values: number[] = [];
  private min = Infinity;

  push(val: number): void {
    this.values.push(val);
    if (val < this.min) this.min = val;
  }

  pop(): void {
    this.values.pop();
    if (this.values.length === 0) this.min = Infinity;
  }

  top(): number {
    return this.values[this.values.length - 1]!;
  }

  getMin(): number {
    return this.min;
  }
}
