// The textbook formula without the shift: exp overflows to Infinity for large logits, and Infinity / Infinity is NaN.
export function softmax(logits: number[]): number[] {
  const exps = logits.map((logit) => Math.exp(logit));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}
