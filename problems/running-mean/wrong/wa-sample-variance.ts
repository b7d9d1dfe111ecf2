// Welford's update, but divides M2 by n - 1 (the sample variance) instead of n (the population variance).
export class RunningStats {
  private n = 0;
  private avg = 0;
  private m2 = 0;

  push(x: number): void {
    this.n++;
    const delta = x - this.avg;
    this.avg += delta / this.n;
    this.m2 += delta * (x - this.avg);
  }

  mean(): number {
    return this.avg;
  }

  variance(): number {
    return this.n < 2 ? 0 : this.m2 / (this.n - 1);
  }
}
