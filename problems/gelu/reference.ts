/**
 * GELU in either form. The exact form needs the normal CDF, Phi(x) = erfc(-x / sqrt 2) / 2, and
 * JavaScript has no erf, so erfc is computed here to about 1e-15:
 * - |z| < 2.5: erf(z) = 2/sqrt(pi) * exp(-z^2) * sum_n 2^n z^(2n+1) / (1*3*...*(2n+1)), a series of
 *   positive terms (no cancellation), then erfc = 1 - erf;
 * - z >= 2.5: the continued fraction erfc(z) = exp(-z^2)/sqrt(pi) * 1/(z + (1/2)/(z + 1/(z + (3/2)/(z + ...)))),
 *   evaluated from the bottom up;
 * - z <= -2.5: erfc(z) = 2 - erfc(-z).
 * Computing Phi through erfc keeps tiny values for very negative x accurate instead of cancelling 1 + erf.
 */
const SQRT_PI = Math.sqrt(Math.PI);

function erfSeries(z: number): number {
  let term = z;
  let sum = z;
  for (let n = 1; n < 200; n++) {
    term *= (2 * z * z) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-z * z)) * sum;
}

function erfcContinuedFraction(z: number): number {
  let tail = z;
  for (let k = 80; k >= 1; k--) tail = z + k / 2 / tail;
  return Math.exp(-z * z) / SQRT_PI / tail;
}

function erfc(z: number): number {
  if (z >= 2.5) return erfcContinuedFraction(z);
  if (z <= -2.5) return 2 - erfcContinuedFraction(-z);
  return 1 - (z >= 0 ? erfSeries(z) : -erfSeries(-z));
}

const TANH_SCALE = Math.sqrt(2 / Math.PI);

export function gelu(x: number[], approximate: string): number[] {
  if (approximate === 'tanh') {
    return x.map((v) => 0.5 * v * (1 + Math.tanh(TANH_SCALE * (v + 0.044715 * v * v * v))));
  }
  return x.map((v) => v * 0.5 * erfc(-v / Math.SQRT2));
}
