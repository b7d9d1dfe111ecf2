// A second stack of minimums that only grows when a value is strictly smaller than the current minimum,
// and shrinks whenever the popped value equals it. A minimum pushed twice is recorded once but removed on
// the first pop, so its second copy is forgotten.
export class MinStack {
  private values: number[] = [];
  private mins: number[] = [];

  push(val: number): void {
    this.values.push(val);
    if (this.mins.length === 0 || val < this.mins[this.mins.length - 1]!) this.mins.push(val);
  }

  pop(): void {
    const val = this.values.pop();
    if (val === this.mins[this.mins.length - 1]) this.mins.pop();
  }

  top(): number {
    return this.values[this.values.length - 1]!;
  }

  getMin(): number {
    return this.mins[this.mins.length - 1]!;
  }
}
