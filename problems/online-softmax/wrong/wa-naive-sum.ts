// Sums exp(logit) directly: correct for small logits, Infinity (and then NaN) once exp overflows.
export class OnlineSoftmax {
  private sum = 0;

  add(logit: number): void {
    this.sum += Math.exp(logit);
  }

  logSumExp(): number {
    return Math.log(this.sum);
  }

  probability(logit: number): number {
    return Math.exp(logit) / this.sum;
  }
}
