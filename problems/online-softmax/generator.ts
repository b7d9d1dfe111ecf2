import type { Random } from 'kata/random';

/**
 * A stream of `size` operations after the constructor: mostly adds, with queries in between.
 * seed % 2 = 0: logits over the whole range [-10^4, 10^4];
 * seed % 2 = 1: a rising stream, so the maximum changes on nearly every add.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const operations = ['OnlineSoftmax'];
  const args: number[][] = [[]];
  const added: number[] = [];
  for (let i = 0; i < size; i++) {
    const query = added.length > 0 && random.bool(0.3);
    if (!query) {
      const logit = random.seed % 2 === 0 ? random.float(-10_000, 10_000) : -10_000 + (19_999 * i) / size + random.float(0, 1);
      added.push(logit);
      operations.push('add');
      args.push([logit]);
    } else if (random.bool()) {
      operations.push('logSumExp');
      args.push([]);
    } else {
      operations.push('probability');
      args.push([random.pick(added)]);
    }
  }
  return { operations, arguments: args };
}
