// Moves x in the wrong direction: adds the correction instead of subtracting it.
export function robbinsMonro(x0: number, steps: number[], observations: number[], target: number): number {
  let x = x0;
  for (let n = 0; n < steps.length; n++) x += steps[n]! * (observations[n]! - target);
  return x;
}
