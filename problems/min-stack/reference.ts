/**
 * Next to every value, remember the minimum of the stack up to and including it. The minimum after a
 * pop is then simply the one stored with the new top. Every operation is O(1).
 */
export class MinStack {
  private values: number[] = [];
  private mins: number[] = [];

  push(val: number): void {
    const below = this.mins.length > 0 ? this.mins[this.mins.length - 1]! : val;
    this.values.push(val);
    this.mins.push(val < below ? val : below);
  }

  pop(): void {
    this.values.pop();
    this.mins.pop();
  }

  top(): number {
    return this.values[this.values.length - 1]!;
  }

  getMin(): number {
    return this.mins[this.mins.length - 1]!;
  }
}
