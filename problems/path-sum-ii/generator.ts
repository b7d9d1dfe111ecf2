import type { Random } from 'kata/random';

/**
 * A tree of about `size` nodes (at least 1; the caterpillar may leave one or two out) and a target that at least one root-to-leaf path meets.
 * seed % 4 = 0: a random tree (each node hangs under a random earlier one), values in [-10, 10],
 *   target the sum of a random root-to-leaf path;
 * seed % 4 = 1: a single chain that zigzags left and right, values in [-1000, 1000], target its
 *   whole sum: one path as long as the tree;
 * seed % 4 = 2: a caterpillar: a spine of size/2 nodes with a leaf hanging off each, values in
 *   [1, 1000], target the sum of the path to a leaf in the last tenth of the spine;
 * seed % 4 = 3: a random tree with values in {-1, 0, 1} and target 0: many short matching paths.
 */
export function generate(random: Random, size: number): { root: (number | null)[]; targetSum: number } {
  const n = Math.max(1, size);
  const left = new Array<number>(n).fill(-1);
  const right = new Array<number>(n).fill(-1);
  const values = new Array<number>(n).fill(0);
  const shape = random.seed % 4;
  if (shape === 1) {
    for (let i = 0; i + 1 < n; i++) {
      if (random.bool()) left[i] = i + 1;
      else right[i] = i + 1;
    }
    for (let i = 0; i < n; i++) values[i] = random.int(-1000, 1000);
  } else if (shape === 2) {
    const spine = Math.max(1, Math.floor(n / 2));
    for (let i = 0; i + 1 < spine; i++) {
      const leaf = spine + i;
      if (leaf >= n) break;
      if (random.bool()) [left[i], right[i]] = [i + 1, leaf];
      else [left[i], right[i]] = [leaf, i + 1];
    }
    for (let i = 0; i < n; i++) values[i] = random.int(1, 1000);
  } else {
    for (let child = 1; child < n; child++) {
      for (;;) {
        const parent = random.int(0, child - 1);
        if (left[parent] === -1 && random.bool()) { left[parent] = child; break; }
        if (right[parent] === -1) { right[parent] = child; break; }
        if (left[parent] === -1) { left[parent] = child; break; }
      }
    }
    for (let i = 0; i < n; i++) values[i] = shape === 0 ? random.int(-10, 10) : random.int(-1, 1);
  }
  let targetSum = 0;
  if (shape === 2) {
    // Down the spine to a node in its last tenth, then into that node's leaf (if it has one).
    const spine = Math.max(1, Math.floor(n / 2));
    const stop = random.int(Math.floor((spine * 9) / 10), spine - 1);
    for (let i = 0; i <= stop; i++) targetSum += values[i]!;
    if (spine + stop < n && stop + 1 < spine) targetSum += values[spine + stop]!;
  } else if (shape !== 3) {
    // Walk from the root to a leaf, turning at random where there are two children.
    let node = 0;
    for (;;) {
      targetSum += values[node]!;
      const l = left[node]!;
      const r = right[node]!;
      if (l === -1 && r === -1) break;
      if (l === -1 || r === -1) node = l === -1 ? r : l;
      else node = random.bool() ? l : r;
    }
  }
  return { root: levelOrder(left, right, values), targetSum };
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
