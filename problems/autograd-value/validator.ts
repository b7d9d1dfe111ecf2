/**
 * What bounds cannot say: every id names an existing node, at most 10 backward calls, pow with a k
 * other than 1, 2, 3 only on a positive node, and every value and gradient is finite. It replays
 * the tape to know the values.
 */
export function validate(input: { operations: string[]; arguments: number[][] }): string | undefined {
  const op: string[] = [];
  const from: number[][] = [];
  const k: number[] = [];
  const data: number[] = [];
  let backwards = 0;
  for (let step = 1; step < input.operations.length; step++) {
    const name = input.operations[step]!;
    const args = input.arguments[step] ?? [];
    const ids = name === 'value' ? [] : name === 'add' || name === 'mul' ? args.slice(0, 2) : args.slice(0, 1);
    for (const id of ids) if (!Number.isInteger(id) || id < 0 || id >= data.length) return `${name}(call ${step}) uses node ${id}, but only nodes 0..${data.length - 1} exist`;
    const [a = 0, b = 0] = ids.map((id) => data[id]!);
    let x: number | undefined;
    if (name === 'value') x = args[0]!;
    else if (name === 'add') x = a + b;
    else if (name === 'mul') x = a * b;
    else if (name === 'pow') {
      const power = args[1]!;
      if (![1, 2, 3].includes(power) && !(a > 0)) return `pow(call ${step}) raises node ${ids[0]} = ${a} to k = ${power}, but data(a) must be > 0 when k is not 1, 2 or 3`;
      x = Math.pow(a, power);
    } else if (name === 'tanh') x = Math.tanh(a);
    else if (name === 'relu') x = Math.max(0, a);
    else if (name === 'backward') {
      if (++backwards > 10) return `backward(call ${step}) is the 11th call to backward; at most 10 are allowed`;
      const grad = gradients(op, from, k, data, ids[0]!);
      const bad = grad.findIndex((g) => !Number.isFinite(g));
      if (bad >= 0) return `backward(call ${step}) gives node ${bad} the gradient ${grad[bad]}, which is not finite`;
    }
    if (x === undefined) continue;
    if (!Number.isFinite(x)) return `${name}(call ${step}) creates node ${data.length} = ${x}, which is not finite`;
    op.push(name);
    from.push(ids);
    k.push(name === 'pow' ? args[1]! : 0);
    data.push(x);
  }
  return undefined;
}

/** The gradients of root with respect to nodes 0..root: ids are a topological order. */
function gradients(op: string[], from: number[][], k: number[], data: number[], root: number): number[] {
  const g = new Array<number>(root + 1).fill(0);
  g[root] = 1;
  for (let i = root; i >= 0; i--) {
    const gi = g[i]!;
    const [a = 0, b = 0] = from[i]!;
    if (gi === 0 || op[i] === 'value') continue;
    if (op[i] === 'add') [g[a], g[b]] = [g[a]! + gi, g[b]! + gi];
    else if (op[i] === 'mul') {
      const [da, db] = [data[b]! * gi, data[a]! * gi];
      g[a] = g[a]! + da;
      g[b] = g[b]! + db;
    } else if (op[i] === 'pow') g[a] = g[a]! + k[i]! * Math.pow(data[a]!, k[i]! - 1) * gi;
    else if (op[i] === 'tanh') g[a] = g[a]! + (1 - data[i]! * data[i]!) * gi;
    else if (data[a]! > 0) g[a] = g[a]! + gi;
  }
  return g;
}
