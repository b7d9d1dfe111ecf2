/**
 * softmax(x) = softmax(x - c) for any constant c. With c = max(x) every exponent is <= 0
 * (no overflow) and the largest term is exactly 1 (the sum cannot underflow to 0).
 */
export function stableSoftmax(logits: number[]): number[] {
  let largest = -Infinity;
  for (const logit of logits) if (logit > largest) largest = logit;
  const out = new Array<number>(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i] - largest);
    sum += out[i];
  }
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}
