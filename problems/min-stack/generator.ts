import type { Random } from 'kata/random';

/**
 * At most `size` operations after the constructor; pop, top and getMin only while the stack is non-empty.
 * seed % 5 chooses the stream:
 * 0: a random mix over [-10^9, 10^9];
 * 1: a decreasing run of pushes, then pops, so the minimum changes on every pop (queries between);
 * 2: a random mix over the values -2..2 (the minimum is pushed again and again);
 * 3: size / 2 random pushes, then mostly getMin and top with a few pops (slow for a scan per getMin);
 * 4: waves: runs of pushes, increasing or decreasing, then runs of pops.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: number[][] } {
  const mode = random.seed % 5;
  const max = 1_000_000_000;
  const operations = ['MinStack'];
  const args: number[][] = [[]];
  let height = 0;
  const push = (val: number): void => {
    operations.push('push');
    args.push([val]);
    height++;
  };
  const other = (name: 'pop' | 'top' | 'getMin'): void => {
    operations.push(name);
    args.push([]);
    if (name === 'pop') height--;
  };
  const query = (): void => other(random.bool() ? 'top' : 'getMin');

  if (mode === 1) {
    const pushes = Math.floor(size / 4);
    let v = max;
    for (let i = 0; i < pushes && operations.length <= size; i++) {
      v -= random.int(0, 2 * Math.floor(max / Math.max(1, pushes)));
      push(v);
      if (random.bool(0.3) && operations.length <= size) query();
    }
    while (operations.length <= size && height > 0) {
      if (random.bool(0.4)) other('pop');
      else query();
    }
  } else if (mode === 3) {
    while (operations.length <= size / 2) push(random.int(-max, max));
    while (operations.length <= size) {
      const r = random.next();
      if (r < 0.01 && height > 1) other('pop');
      else other(r < 0.8 ? 'getMin' : 'top');
    }
  } else if (mode === 4) {
    let v = 0;
    while (operations.length <= size) {
      const run = random.int(1, 50);
      const rising = random.bool();
      for (let i = 0; i < run && operations.length <= size; i++) {
        v = Math.max(-max, Math.min(max, v + (rising ? 1 : -1) * random.int(0, 1000)));
        push(v);
        if (operations.length <= size && random.bool(0.3)) query();
      }
      const pops = random.int(0, run);
      for (let i = 0; i < pops && height > 0 && operations.length <= size; i++) {
        other('pop');
        if (height > 0 && operations.length <= size && random.bool(0.5)) query();
      }
    }
  } else {
    const low = mode === 2 ? -2 : -max;
    const high = mode === 2 ? 2 : max;
    while (operations.length <= size) {
      const r = random.next();
      if (height === 0 || r < 0.4) push(random.int(low, high));
      else if (r < 0.65) other('pop');
      else query();
    }
  }
  return { operations, arguments: args };
}
