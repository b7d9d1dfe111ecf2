import type { Random } from 'kata/random';

/**
 * Large trees for the performance cases. The shape follows the seed:
 * seed % 3 = 0: a left-leaning chain of `size` nodes, p at the bottom, q half way up;
 * seed % 3 = 1: a zigzag spine of size/2 nodes, each with a leaf, p and q two deep leaves;
 * seed % 3 = 2: a random tree of `size` nodes, p and q two random nodes.
 * Values are 1..size shuffled, so they are unique.
 */
export function generate(random: Random, size: number): { root: (number | null)[]; p: number; q: number } {
  const n = Math.max(2, size);
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  let p: number;
  let q: number;
  const shape = random.seed % 3;
  if (shape === 0) {
    for (let i = 0; i + 1 < n; i++) left[i] = i + 1;
    p = n - 1;
    q = Math.floor(n / 2);
  } else if (shape === 1) {
    const spine = Math.floor(n / 2);
    for (let i = 0; i + 1 < spine; i++) {
      const next = i + 1;
      const leaf = spine + i;
      if (i % 2 === 0) [left[i], right[i]] = [next, leaf];
      else [left[i], right[i]] = [leaf, next];
    }
    p = spine + spine - 2;
    q = spine + spine - 3;
  } else {
    for (let child = 1; child < n; child++) {
      for (;;) {
        const parent = random.int(0, child - 1);
        if (left[parent] === -1 && random.bool()) { left[parent] = child; break; }
        if (right[parent] === -1) { right[parent] = child; break; }
        if (left[parent] === -1) { left[parent] = child; break; }
      }
    }
    p = random.int(0, n - 1);
    q = random.int(0, n - 1);
  }
  const values = random.shuffle(Array.from({ length: n }, (_, i) => i + 1));
  return { root: levelOrder(left, right, values), p: values[p]!, q: values[q]! };
}

function levelOrder(left: number[], right: number[], values: number[]): (number | null)[] {
  const out: (number | null)[] = [values[0]!];
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const child of [left[node]!, right[node]!]) {
      out.push(child === -1 ? null : values[child]!);
      if (child !== -1) queue.push(child);
    }
  }
  while (out[out.length - 1] === null) out.pop();
  return out;
}
