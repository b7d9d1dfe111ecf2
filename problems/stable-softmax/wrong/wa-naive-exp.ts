// Direct formula: exp(1000) is Infinity, so Infinity / Infinity gives NaN; exp(-1000) is 0, so 0 / 0 gives NaN.
export function stableSoftmax(logits: number[]): number[] {
  const exps = logits.map((logit) => Math.exp(logit));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
