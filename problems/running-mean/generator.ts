import type { Random } from 'kata/random';

/**
 * A stream of `size` operations after the constructor: about 70% pushes, the rest mean() and
 * variance() queries (the first operation is always a push).
 * seed % 4 = 0: values in [1e9 - 1, 1e9], a huge offset with a small spread;
 * seed % 4 = 1: values in [-1e9, -1e9 + 0.01], an even smaller spread;
 * seed % 4 = 2: values over the whole range [-1e9, 1e9];
 * seed % 4 = 3: values in [-10, 10].
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const operations = ['RunningStats'];
  const args: number[][] = [[]];
  const mode = random.seed % 4;
  const value = (): number => {
    if (mode === 0) return 1e9 - random.float(0, 1);
    if (mode === 1) return -1e9 + random.float(0, 0.01);
    if (mode === 2) return random.float(-1e9, 1e9);
    return random.float(-10, 10);
  };
  for (let i = 0; i < size; i++) {
    if (i === 0 || random.bool(0.7)) {
      operations.push('push');
      args.push([value()]);
    } else {
      operations.push(random.bool() ? 'mean' : 'variance');
      args.push([]);
    }
  }
  return { operations, arguments: args };
}
