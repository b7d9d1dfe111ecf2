// Tracks the maximum but forgets to rescale the running sum when the maximum changes.
export class OnlineSoftmax {
  private max = -Infinity;
  private scaled = 0;

  add(logit: number): void {
    if (logit > this.max) this.max = logit;
    this.scaled += Math.exp(logit - this.max);
  }

  logSumExp(): number {
    return this.max + Math.log(this.scaled);
  }

  probability(logit: number): number {
    return Math.exp(logit - this.logSumExp());
  }
}
