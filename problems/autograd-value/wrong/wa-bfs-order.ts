// Visits the graph breadth-first from the root and passes each node's gradient on as soon as it
// is dequeued, before every node that uses it has contributed: a short path and a long path to the
// same interior node lose the long path's share.
type Node = { op: string; a: number; b: number; k: number; data: number; grad: number };

export class Autograd {
  private nodes: Node[] = [];

  private make(op: string, a: number, b: number, k: number, data: number): number {
    this.nodes.push({ op, a, b, k, data, grad: 0 });
    return this.nodes.length - 1;
  }

  value(x: number): number {
    return this.make('value', -1, -1, 0, x);
  }

  add(a: number, b: number): number {
    return this.make('add', a, b, 0, this.nodes[a]!.data + this.nodes[b]!.data);
  }

  mul(a: number, b: number): number {
    return this.make('mul', a, b, 0, this.nodes[a]!.data * this.nodes[b]!.data);
  }

  pow(a: number, k: number): number {
    return this.make('pow', a, -1, k, Math.pow(this.nodes[a]!.data, k));
  }

  tanh(a: number): number {
    return this.make('tanh', a, -1, 0, Math.tanh(this.nodes[a]!.data));
  }

  relu(a: number): number {
    return this.make('relu', a, -1, 0, Math.max(0, this.nodes[a]!.data));
  }

  /** Adds the contributions of node i to its inputs. */
  private spread(i: number): void {
    const n = this.nodes[i]!;
    const g = n.grad;
    const A = this.nodes[n.a];
    const B = this.nodes[n.b];
    if (n.op === 'add') {
      A!.grad += g;
      B!.grad += g;
    } else if (n.op === 'mul') {
      const da = B!.data * g;
      const db = A!.data * g;
      A!.grad += da;
      B!.grad += db;
    } else if (n.op === 'pow') {
      A!.grad += n.k * Math.pow(A!.data, n.k - 1) * g;
    } else if (n.op === 'tanh') {
      A!.grad += (1 - n.data * n.data) * g;
    } else if (n.op === 'relu') {
      if (A!.data > 0) A!.grad += g;
    }
  }

  backward(root: number): void {
    for (const n of this.nodes) n.grad = 0;
    this.nodes[root]!.grad = 1;
    const seen = new Set<number>([root]);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const i = queue[head]!;
      this.spread(i);
      const n = this.nodes[i]!;
      for (const c of n.op === 'add' || n.op === 'mul' ? [n.a, n.b] : n.op === 'value' ? [] : [n.a]) {
        if (!seen.has(c)) {
          seen.add(c);
          queue.push(c);
        }
      }
    }
  }

  data(id: number): number {
    return this.nodes[id]!.data;
  }

  grad(id: number): number {
    return this.nodes[id]!.grad;
  }
}
