// Keeps every logit and recomputes the stable log-sum-exp on each query: O(n) per call.
export class OnlineSoftmax {
  private logits: number[] = [];

  add(logit: number): void {
    this.logits.push(logit);
  }

  logSumExp(): number {
    let max = -Infinity;
    for (const logit of this.logits) if (logit > max) max = logit;
    let sum = 0;
    for (const logit of this.logits) sum += Math.exp(logit - max);
    return max + Math.log(sum);
  }

  probability(logit: number): number {
    return Math.exp(logit - this.logSumExp());
  }
}
