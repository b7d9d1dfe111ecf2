// Gates with sigmoid(a) instead of silu(a) = a * sigmoid(a): that is GLU, not SwiGLU.
export function swiglu(x: number[]): number[] {
  const n = x.length / 2;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const s = a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
    out.push(s * x[n + i]!);
  }
  return out;
}
