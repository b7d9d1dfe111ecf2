// Keeps the sum and the sum of squares and returns E[x^2] - E[x]^2: exact in theory, but it loses
// every digit of the spread when the samples are near 1e9 (x^2 ~ 1e18, where doubles are 128 apart).
export class RunningStats {
  private n = 0;
  private sum = 0;
  private sumSquares = 0;

  push(x: number): void {
    this.n++;
    this.sum += x;
    this.sumSquares += x * x;
  }

  mean(): number {
    return this.n === 0 ? 0 : this.sum / this.n;
  }

  variance(): number {
    if (this.n === 0) return 0;
    const mean = this.sum / this.n;
    return Math.max(0, this.sumSquares / this.n - mean * mean);
  }
}
