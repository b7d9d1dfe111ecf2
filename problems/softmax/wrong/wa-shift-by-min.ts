// Shifts by the smallest logit instead of the largest: the exponents are then >= 0 and overflow when logits are far apart.
export function softmax(logits: number[]): number[] {
  let smallest = Infinity;
  for (const logit of logits) if (logit < smallest) smallest = logit;
  const exps = logits.map((logit) => Math.exp(logit - smallest));
  let sum = 0;
  for (const value of exps) sum += value;
  return exps.map((value) => value / sum);
}
