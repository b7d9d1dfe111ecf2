/**
 * softmax(x) = softmax(x - c) for any constant c. With c = max(x) every exponent is <= 0
 * (no overflow) and the largest term is exactly 1 (the sum cannot underflow to 0).
 */
export function stableSoftmax(logits: number[]): number[] {
  let largest = -Infinity;
  for (const logit of logits) if (logit > largest) largest = logit;
  const terms = logits.map((logit) => Math.exp(logit - largest));
  let sum = 0;
  for (const term of terms) sum += term;
  return terms.map((term) => term / sum);
}
