// Reads the input as (gate, value) pairs side by side instead of two halves.
export function swiglu(x: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < x.length; i += 2) {
    const a = x[i]!;
    const s = a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
    out.push(a * s * x[i + 1]!);
  }
  return out;
}
