/**
 * Splits x into a (first half) and b (second half) and returns silu(a[i]) * b[i].
 * The sigmoid is computed so that exp never sees a positive argument: exp(-t) for t >= 0 and
 * exp(t) for t < 0. Nothing overflows, so +-1000 gives finite answers.
 */
function sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

export function swiglu(x: number[]): number[] {
  const n = x.length / 2;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    out[i] = a * sigmoid(a) * x[n + i]!;
  }
  return out;
}
