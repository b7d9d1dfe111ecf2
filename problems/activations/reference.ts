/** Logistic sigmoid that never evaluates exp() of a positive number, so it cannot overflow. */
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
    case 'silu': return v * sigmoid(v);
    default: throw new Error(`unknown activation ${name}`);
  }
}

function slope(name: string, v: number): number {
  switch (name) {
    case 'threshold': return 0;
    case 'sigmoid': { const s = sigmoid(v); return s * (1 - s); }
    case 'tanh': { const t = Math.tanh(v); return 1 - t * t; }
    case 'relu': return v > 0 ? 1 : 0;
    case 'leaky_relu': return v > 0 ? 1 : 0.01;
    case 'elu': return v > 0 ? 1 : Math.exp(v);
    case 'silu': { const s = sigmoid(v); return s * (1 + v * (1 - s)); }
    default: throw new Error(`unknown activation ${name}`);
  }
}

export function activate(name: string, x: number[], derivative: boolean): number[] {
  const f = derivative ? slope : value;
  return x.map((value) => f(name, value));
}
