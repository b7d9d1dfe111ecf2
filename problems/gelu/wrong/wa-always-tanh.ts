// Ignores `approximate` and always uses the tanh approximation: off by up to about 5e-4 in the exact form.
export function gelu(x: number[], approximate: string): number[] {
  const scale = Math.sqrt(2 / Math.PI);
  return x.map((v) => 0.5 * v * (1 + Math.tanh(scale * (v + 0.044715 * v * v * v))));
}
