import type { Random } from 'kata/random';

/**
 * About `size` nodes, then backward calls each followed by grad (and data) queries.
 * seed % 3 = 0: a residual chain x' = x + w * act(x) with one shared weight w, about 3/4 * size deep,
 *               ending in loss = x^2; every node's gradient is queried after backward(loss).
 * seed % 3 = 1: a small tanh network (layers of neurons sum(w * x) + b) with a squared-error loss;
 *               backward on the loss and on a few hidden neurons.
 * seed % 3 = 2: a random graph whose operands are drawn from all earlier nodes, so nodes are
 *               reused many times, with mul(x, x) and add(x, x) included; several roots.
 * Data values are kept bounded, and pow is only applied where the statement allows it.
 * The statement allows at most 3 * 10^5 calls: the queries at the end stop there, so a large enough
 * size (seed % 3 = 2 with size >= 59796) gives exactly that many. Nodes are never cut.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const operations: string[] = ['Autograd'];
  const args: number[][] = [[]];
  const data: number[] = [];
  const MAX_CALLS = 300_000;
  const call = (name: string, ...a: number[]): void => {
    if (operations.length - 1 >= MAX_CALLS) return;
    operations.push(name);
    args.push(a);
  };
  const node = (name: string, x: number, ...a: number[]): number => {
    if (operations.length - 1 >= MAX_CALLS) throw new Error(`size ${size} makes more nodes than the ${MAX_CALLS} calls allowed`);
    call(name, ...a);
    data.push(x);
    return data.length - 1;
  };
  const value = (x: number): number => node('value', x, x);
  const add = (a: number, b: number): number => node('add', data[a]! + data[b]!, a, b);
  const mul = (a: number, b: number): number => node('mul', data[a]! * data[b]!, a, b);
  const pow = (a: number, k: number): number => node('pow', Math.pow(data[a]!, k), a, k);
  const tanh = (a: number): number => node('tanh', Math.tanh(data[a]!), a);
  const relu = (a: number): number => node('relu', Math.max(0, data[a]!), a);
  const queryAll = (upTo: number): void => {
    for (let i = 0; i <= upTo; i++) call('grad', i);
  };
  const round = (x: number): number => Math.round(x * 1000) / 1000;

  const kind = random.seed % 3;
  if (kind === 0) {
    // w > 0 and |act| <= 1: x moves by at most w per layer, so values grow at most linearly.
    const w = value(round(random.float(0.01, 0.05)));
    let x = value(round(random.float(-1, 1)));
    while (data.length + 5 <= size) {
      const act = random.bool(0.6) ? tanh(x) : relu(tanh(x));
      x = add(x, mul(w, act));
    }
    const loss = pow(x, 2);
    call('backward', loss);
    queryAll(loss);
    call('data', loss);
    const middle = random.int(2, loss);
    call('backward', middle);
    for (let i = 0; i < 50; i++) call('grad', random.int(0, loss));
    call('grad', w);
    call('grad', middle);
    call('grad', loss);
  } else if (kind === 1) {
    const width = Math.max(2, Math.min(32, Math.floor(Math.sqrt(size / 4))));
    const inputs = Array.from({ length: width }, () => value(round(random.float(-2, 2))));
    let layer = inputs;
    const hidden: number[] = [];
    while (data.length + width * (2 * layer.length + 3) + 10 < size) {
      const next: number[] = [];
      for (let j = 0; j < width; j++) {
        let sum = value(round(random.float(-0.5, 0.5)));
        for (const x of layer) sum = add(sum, mul(value(round(random.float(-1, 1) / Math.sqrt(layer.length))), x));
        next.push(random.bool(0.8) ? tanh(sum) : relu(sum));
      }
      hidden.push(...next);
      layer = next;
    }
    let loss = value(0);
    for (const y of layer) loss = add(loss, pow(add(y, value(round(random.float(-1, 1)))), 2));
    call('backward', loss);
    queryAll(loss);
    for (let r = 0; r < 3 && hidden.length > 0; r++) {
      const root = random.pick(hidden);
      call('backward', root);
      for (const id of inputs) call('grad', id);
      for (let i = 0; i < 30; i++) call('grad', random.int(0, loss));
    }
    call('backward', loss);
    for (const id of inputs) call('grad', id);
  } else {
    const leaves = Math.max(2, Math.min(20, size));
    for (let i = 0; i < leaves; i++) value(round(random.float(-2, 2)));
    // Operands mostly among the last 50 nodes (a deep graph), sometimes anywhere (long-range reuse).
    const operand = (): number => (random.bool(0.8) ? random.int(Math.max(0, data.length - 50), data.length - 1) : random.int(0, data.length - 1));
    while (data.length < size) {
      const a = operand();
      const b = random.bool(0.1) ? a : operand();
      const x = data[a]!;
      const choice = random.int(0, 5);
      if (choice === 0 && Math.abs(x + data[b]!) <= 4) add(a, b);
      else if (choice === 1 && Math.abs(x) <= 1 && Math.abs(data[b]!) <= 1) mul(a, b);
      else if (choice === 2 && x >= 0.5 && x <= 1) pow(a, random.pick([-1, 0.5, 1.5, -2]));
      else if (choice === 2 && Math.abs(x) <= 1) pow(a, random.pick([1, 2, 3]));
      else if (choice === 3 && random.bool(0.3)) relu(a);
      else tanh(a);
    }
    // One root that sums nodes from all over the graph, so most nodes get a nonzero gradient.
    let total = data.length - 1;
    for (let i = 0; i < 100 && data.length < size + 200; i++) total = add(total, tanh(random.int(0, size - 1)));
    const last = data.length - 1;
    for (let r = 0; r < 4; r++) {
      const root = r === 0 ? last : random.int(0, last);
      call('backward', root);
      queryAll(last);
    }
    for (let i = 0; i < 20; i++) call('data', random.int(0, last));
  }
  return { operations, arguments: args };
}
