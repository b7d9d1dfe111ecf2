// Shifts correctly but recomputes the denominator for every output: O(n^2) on 10^5 logits.
export function stableSoftmax(logits: number[]): number[] {
  let largest = -Infinity;
  for (const logit of logits) if (logit > largest) largest = logit;
  return logits.map((logit) => {
    let sum = 0;
    for (const other of logits) sum += Math.exp(other - largest);
    return Math.exp(logit - largest) / sum;
  });
}
