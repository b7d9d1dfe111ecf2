// Stores every sample and recomputes a two-pass mean and variance on each query: accurate, but O(n)
// per query, O(n^2) over a stream of 2*10^5 calls.
export class RunningStats {
  private samples: number[] = [];

  push(x: number): void {
    this.samples.push(x);
  }

  mean(): number {
    const n = this.samples.length;
    if (n === 0) return 0;
    const first = this.samples[0]!;
    let sum = 0;
    for (const x of this.samples) sum += x - first;
    return first + sum / n;
  }

  variance(): number {
    const n = this.samples.length;
    if (n === 0) return 0;
    const mean = this.mean();
    let sum = 0;
    for (const x of this.samples) sum += (x - mean) * (x - mean);
    return sum / n;
  }
}
