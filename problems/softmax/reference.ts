/**
 * Subtracting the largest logit first changes nothing mathematically (the factor exp(-max)
 * cancels) but keeps every exponent <= 0, so nothing overflows and the sum is at least 1.
 */
export function softmax(logits: number[]): number[] {
  let largest = -Infinity;
  for (const logit of logits) if (logit > largest) largest = logit;
  const exps = logits.map((logit) => Math.exp(logit - largest));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
