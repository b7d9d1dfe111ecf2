import type { Random } from 'kata/random';

const MAX_TIME = 10_000;

/**
 * A graph on n = `size` nodes with about 2n directed edges, in a shuffled order unless said
 * otherwise. The shape follows the seed:
 * seed % 3 = 0: a random tree of edges directed away from k (so every node is reached), plus
 *               random extra edges; times 0..10^4;
 * seed % 3 = 1: a chain k = 1 -> 2 -> ... -> n with times 1..3, plus forward shortcuts that skip
 *               at most 100 nodes but cost 10^4, so the chain is always faster. The edges are
 *               listed from the end of the chain back to its start;
 * seed % 3 = 2: like seed % 3 = 0, then every edge into one node other than k is dropped, so
 *               the answer is -1.
 */
export function generate(random: Random, size: number): { times: number[][]; n: number; k: number } {
  const n = Math.max(2, size);
  const shape = random.seed % 3;
  if (shape === 1) {
    const chain: number[][] = [];
    for (let v = n - 1; v >= 1; v--) chain.push([v, v + 1, random.int(1, 3)]);
    const times: number[][] = [];
    for (const edge of chain) {
      times.push(edge);
      const from = edge[0]!;
      if (from + 2 <= n) times.push([from, random.int(from + 2, Math.min(n, from + 100)), MAX_TIME]);
    }
    return { times, n, k: 1 };
  }
  const k = random.int(1, n);
  const order = random.shuffle(Array.from({ length: n }, (_, i) => i + 1).filter((v) => v !== k));
  order.unshift(k);
  const times: number[][] = [];
  for (let i = 1; i < n; i++) times.push([order[random.int(0, i - 1)]!, order[i]!, random.int(0, MAX_TIME)]);
  while (times.length < 2 * n) {
    const from = random.int(1, n);
    const to = random.int(1, n);
    if (from !== to) times.push([from, to, random.int(0, MAX_TIME)]);
  }
  if (shape === 2) {
    const cut = order[random.int(1, n - 1)]!;
    return { times: random.shuffle(times.filter((edge) => edge[1] !== cut)), n, k };
  }
  return { times: random.shuffle(times), n, k };
}
