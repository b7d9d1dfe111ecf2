// Recomputes the whole sum for every output: O(n^2), too slow for 10^5 logits.
export function softmax(logits: number[]): number[] {
  let largest = -Infinity;
  for (const logit of logits) if (logit > largest) largest = logit;
  return logits.map((logit) => {
    let sum = 0;
    for (const other of logits) sum += Math.exp(other - largest);
    return Math.exp(logit - largest) / sum;
  });
}
