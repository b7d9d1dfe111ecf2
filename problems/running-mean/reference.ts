/**
 * Welford's algorithm on the samples shifted by the first one. Welford keeps the count, the
 * running mean and M2 = sum of squared deviations from the running mean, updating them from each
 * new sample's deviation: nothing large is ever squared. Shifting every sample by the first one
 * (exact for doubles this close together) keeps the numbers Welford works on near 0, so even
 * values around 1e9 with a spread of 1e-3 keep almost all their digits. O(1) time and memory.
 */
export class RunningStats {
  private count = 0;
  private shift = 0;
  private shiftedMean = 0;
  private m2 = 0;

  push(x: number): void {
    if (this.count === 0) this.shift = x;
    const y = x - this.shift;
    this.count++;
    const delta = y - this.shiftedMean;
    this.shiftedMean += delta / this.count;
    this.m2 += delta * (y - this.shiftedMean);
  }

  mean(): number {
    return this.count === 0 ? 0 : this.shift + this.shiftedMean;
  }

  variance(): number {
    return this.count === 0 ? 0 : this.m2 / this.count;
  }
}
