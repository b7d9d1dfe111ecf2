// Applies silu to the second half and multiplies by the first: the halves are swapped.
export function swiglu(x: number[]): number[] {
  const n = x.length / 2;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = x[n + i]!;
    const s = g >= 0 ? 1 / (1 + Math.exp(-g)) : Math.exp(g) / (1 + Math.exp(g));
    out.push(g * s * x[i]!);
  }
  return out;
}
