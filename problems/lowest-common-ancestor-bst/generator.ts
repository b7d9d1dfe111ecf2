import type { Random } from 'kata/random';

/**
 * Binary search trees for the larger cases, with distinct values in [-10^9, 10^9].
 * The shape follows the seed:
 *   seed % 4 = 0: a right-leaning chain (values increasing down the chain), p at the bottom, q the root's child;
 *   seed % 4 = 1: a left-leaning chain (values decreasing), p at the bottom, q half way down;
 *   seed % 4 = 2: a random search tree built by inserting the values in random order, p and q random nodes;
 *   seed % 4 = 3: a zigzag chain (right, left, right, ...), p at the bottom, q a third of the way down.
 */
export function generate(random: Random, size: number): { root: (number | null)[]; p: number; q: number } {
  const n = Math.max(2, size);
  const seen = new Set<number>();
  while (seen.size < n) seen.add(random.int(-1_000_000_000, 1_000_000_000));
  const sorted = [...seen].sort((a, b) => a - b);
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  let values: number[];
  let p: number;
  let q: number;
  const shape = random.seed % 4;
  if (shape === 0) {
    values = sorted;
    for (let i = 0; i + 1 < n; i++) right[i] = i + 1;
    p = n - 1;
    q = 1;
  } else if (shape === 1) {
    values = [...sorted].reverse();
    for (let i = 0; i + 1 < n; i++) left[i] = i + 1;
    p = n - 1;
    q = Math.floor(n / 2);
  } else if (shape === 2) {
    values = random.shuffle(sorted);
    for (let i = 1; i < n; i++) {
      let at = 0;
      for (;;) {
        if (values[i]! < values[at]!) {
          if (left[at] === -1) { left[at] = i; break; }
          at = left[at]!;
        } else {
          if (right[at] === -1) { right[at] = i; break; }
          at = right[at]!;
        }
      }
    }
    p = random.int(0, n - 1);
    q = random.int(0, n - 1);
  } else {
    // Node i takes the smallest unused value on even steps and the largest on odd ones,
    // so each node's child lies between its ancestors' values: a valid search tree.
    values = [];
    let low = 0;
    let high = n - 1;
    for (let i = 0; i < n; i++) {
      values.push(i % 2 === 0 ? sorted[low++]! : sorted[high--]!);
      if (i + 1 < n) {
        if (i % 2 === 0) right[i] = i + 1;
        else left[i] = i + 1;
      }
    }
    p = n - 1;
    q = Math.floor(n / 3);
  }
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
