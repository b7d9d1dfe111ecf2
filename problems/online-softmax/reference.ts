/**
 * Keeps the largest logit seen (`max`) and the sum of exp(x - max) over the stream (`scaled`).
 * When a new maximum arrives, the old sum is rescaled by exp(oldMax - newMax): the correction
 * FlashAttention applies between blocks. Every exponent stays <= 0, so nothing overflows.
 */
export class OnlineSoftmax {
  private max = -Infinity;
  private scaled = 0;

  add(logit: number): void {
    if (logit > this.max) {
      this.scaled = this.scaled * Math.exp(this.max - logit) + 1;
      this.max = logit;
    } else {
      this.scaled += Math.exp(logit - this.max);
    }
  }

  logSumExp(): number {
    return this.max + Math.log(this.scaled);
  }

  probability(logit: number): number {
    return Math.exp(logit - this.logSumExp());
  }
}
