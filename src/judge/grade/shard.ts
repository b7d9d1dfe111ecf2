/**
 * `--shard i/n`: n CI jobs that together grade every solution exactly once. The split depends only on
 * what is graded (the same checkout gives the same split on every machine), and is balanced by expected
 * cost: the largest items go first, each to the shard with the least work so far.
 */
import { KataError } from '../../util/errors.ts';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new KataError('USAGE', `--shard ${text} is not a shard`, 'write i/n with 1 <= i <= n, e.g. --shard 2/3 for the second of three jobs');
  }
  return { index, count };
}

/** The items of one shard, in their original order. `key` must be unique; `cost` is any positive estimate. */
export function pickShard<T>(items: readonly T[], shard: Shard, key: (item: T) => string, cost: (item: T) => number): T[] {
  if (shard.count === 1) return [...items];
  const order = items
    .map((item, position) => ({ item, position, key: key(item), cost: cost(item) }))
    .sort((a, b) => b.cost - a.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<number>();
  for (const entry of order) {
    let least = 0;
    for (let i = 1; i < shard.count; i++) if (load[i]! < load[least]!) least = i;
    load[least]! += entry.cost;
    if (least === shard.index - 1) mine.add(entry.position);
  }
  return items.filter((_, position) => mine.has(position));
}

/**
 * The expected cost of judging one solution, in arbitrary units: a fixed start (sandbox, type check)
 * and a share of the time limit per case, since most solutions run well within their limit.
 */
export function expectedCost(timeLimitMs: number, caseCount: number): number {
  return 1000 + (caseCount * timeLimitMs) / 20;
}
