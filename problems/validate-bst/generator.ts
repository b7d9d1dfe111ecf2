import type { Random } from 'kata/random';

const MIN = -2147483648;
const MAX = 2147483647;

/**
 * A tree of `size` nodes whose in-order values start as a strictly increasing run from
 * -2^31 to 2^31 - 1 (both extremes present). The shape and the flaw follow the seed:
 * seed % 4 = 0: a random shape, valid;
 * seed % 4 = 1: a zigzag chain (right, left, right, ...) as deep as the tree, valid;
 * seed % 4 = 2: a random shape with two in-order values swapped, so invalid;
 * seed % 4 = 3: a random shape where one value is set equal to its in-order successor, so invalid.
 */
export function generate(random: Random, size: number): { root: (number | null)[] } {
  const n = Math.max(2, size);
  const step = Math.floor((MAX - MIN) / n);
  const sorted: number[] = [MIN];
  for (let i = 1; i < n - 1; i++) sorted.push(sorted[i - 1]! + random.int(1, step));
  sorted.push(MAX);

  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  // Nodes are numbered by their in-order position, so node i holds sorted[i].
  let root: number;
  const shape = random.seed % 4;
  if (shape === 1) {
    // 0 -> n-1 -> 1 -> n-2 -> 2 ...: each next node lies strictly between the last two.
    let lo = 0;
    let hi = n - 1;
    root = lo;
    let current = lo;
    let goRight = true;
    lo++;
    while (lo <= hi) {
      if (goRight) {
        right[current] = hi;
        current = hi;
        hi--;
      } else {
        left[current] = lo;
        current = lo;
        lo++;
      }
      goRight = !goRight;
    }
  } else {
    root = random.int(0, n - 1);
    const stack: [number, number, number][] = [[0, root - 1, root], [root + 1, n - 1, root]];
    while (stack.length > 0) {
      const [lo, hi, parent] = stack.pop()!;
      if (lo > hi) continue;
      const pick = random.int(lo, hi);
      if (pick < parent) left[parent] = pick;
      else right[parent] = pick;
      stack.push([lo, pick - 1, pick], [pick + 1, hi, pick]);
    }
  }

  const values = [...sorted];
  if (shape === 2) {
    const i = random.int(0, n - 2);
    const j = random.int(i + 1, n - 1);
    [values[i], values[j]] = [values[j]!, values[i]!];
  } else if (shape === 3) {
    const i = random.int(0, n - 2);
    values[i] = values[i + 1]!;
  }
  return { root: levelOrder(root, left, right, values) };
}

function levelOrder(root: number, left: number[], right: number[], values: number[]): (number | null)[] {
  const out: (number | null)[] = [values[root]!];
  const queue = [root];
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
