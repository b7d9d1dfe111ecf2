import type { Random } from 'kata/random';

/**
 * The constructor followed by `size` calls. The mix follows the seed:
 * seed % 3 = 0: capacity size / 2; 85% puts of keys never seen before, so once the cache is
 *               full nearly every put evicts, with gets of recently used keys in between;
 * seed % 3 = 1: capacity 1..10 and keys 0..20: constant hits, misses, updates and evictions;
 * seed % 3 = 2: capacity 1000 and keys 0..3000, half gets and half puts.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const shape = random.seed % 3;
  const capacity = shape === 0 ? Math.max(1, Math.floor(size / 2)) : shape === 1 ? random.int(1, 10) : 1000;
  const operations = ['LRUCache'];
  const args: number[][] = [[capacity]];
  let nextKey = 0;
  for (let i = 0; i < size; i++) {
    const value = random.int(0, 1_000_000_000);
    if (shape === 0) {
      if (nextKey > 0 && random.bool(0.15)) {
        operations.push('get');
        args.push([Math.max(0, nextKey - 1 - random.int(0, capacity + 10))]);
      } else {
        operations.push('put');
        args.push([nextKey++, value]);
      }
      continue;
    }
    const key = shape === 1 ? random.int(0, 20) : random.int(0, 3000);
    if (random.bool()) {
      operations.push('get');
      args.push([key]);
    } else {
      operations.push('put');
      args.push([key, value]);
    }
  }
  return { operations, arguments: args };
}
