const VALUE = 0;
const ADD = 1;
const MUL = 2;
const POW = 3;
const TANH = 4;
const RELU = 5;

/**
 * A tape: node ids are handed out in creation order, and a node's inputs always exist before it,
 * so every input has a smaller id than the node that uses it. Walking the ids downwards from the
 * root is therefore a topological order in reverse: a node is reached only after every node that
 * uses it has added its share to its gradient. No graph search and no recursion are needed.
 * backward() clears all gradients first, so it can be called again on any root.
 * O(1) per operation, O(root) per backward.
 */
export class Autograd {
  private op: number[] = [];
  private left: number[] = [];
  private right: number[] = [];
  private k: number[] = [];
  private values: number[] = [];
  private grads: number[] = [];

  private push(op: number, a: number, b: number, k: number, x: number): number {
    this.op.push(op);
    this.left.push(a);
    this.right.push(b);
    this.k.push(k);
    this.values.push(x);
    this.grads.push(0);
    return this.values.length - 1;
  }

  value(x: number): number {
    return this.push(VALUE, -1, -1, 0, x);
  }

  add(a: number, b: number): number {
    return this.push(ADD, a, b, 0, this.values[a]! + this.values[b]!);
  }

  mul(a: number, b: number): number {
    return this.push(MUL, a, b, 0, this.values[a]! * this.values[b]!);
  }

  pow(a: number, k: number): number {
    return this.push(POW, a, -1, k, Math.pow(this.values[a]!, k));
  }

  tanh(a: number): number {
    return this.push(TANH, a, -1, 0, Math.tanh(this.values[a]!));
  }

  relu(a: number): number {
    const x = this.values[a]!;
    return this.push(RELU, a, -1, 0, x > 0 ? x : 0);
  }

  backward(root: number): void {
    const g = this.grads;
    g.fill(0);
    g[root] = 1;
    for (let i = root; i >= 0; i--) {
      const gi = g[i]!;
      if (gi === 0) continue;
      const a = this.left[i]!;
      switch (this.op[i]) {
        case ADD:
          g[a] = g[a]! + gi;
          g[this.right[i]!] = g[this.right[i]!]! + gi;
          break;
        case MUL: {
          const b = this.right[i]!;
          // Read both inputs before writing: a and b may be the same node (x * x).
          const da = this.values[b]! * gi;
          const db = this.values[a]! * gi;
          g[a] = g[a]! + da;
          g[b] = g[b]! + db;
          break;
        }
        case POW: {
          const k = this.k[i]!;
          g[a] = g[a]! + k * Math.pow(this.values[a]!, k - 1) * gi;
          break;
        }
        case TANH: {
          const t = this.values[i]!;
          g[a] = g[a]! + (1 - t * t) * gi;
          break;
        }
        case RELU:
          if (this.values[a]! > 0) g[a] = g[a]! + gi;
          break;
        default:
          break;
      }
    }
  }

  data(id: number): number {
    return this.values[id]!;
  }

  grad(id: number): number {
    return this.grads[id]!;
  }
}
