// Off by one: pairs observation n with the step size of iteration n + 1 (and the last step with 0).
export function robbinsMonro(x0: number, steps: number[], observations: number[], target: number): number {
  let x = x0;
  for (let n = 0; n < steps.length; n++) x -= (steps[n + 1] ?? 0) * (observations[n]! - target);
  return x;
}
