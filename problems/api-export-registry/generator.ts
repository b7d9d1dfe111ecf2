import type { Random } from 'kata/random';

/**
 * `size` calls after the constructor over a tree of about size / 10 modules rooted at "tf".
 * seed % 2 = 0: a mix (half exports, a quarter resolves, a quarter lists);
 * seed % 2 = 1: the first half exports only, the second half is mostly lists.
 * Leaf and symbol pools are small, so taken names and re-exports happen often.
 */
export function generate(random: Random, size: number): { operations: string[]; arguments: (string | string[])[][] } {
  const leaves = Array.from({ length: 40 }, (_, i) => `${random.string(random.int(1, 5))}${i}`);
  const modules = ['tf'];
  const moduleCount = Math.max(2, Math.floor(size / 10));
  while (modules.length < moduleCount) modules.push(`${random.pick(modules)}.${random.pick(leaves)}`);
  const symbolCount = Math.max(2, Math.floor(size / 3));
  const operations = ['ApiRegistry'];
  const args: (string | string[])[][] = [[]];
  for (let i = 0; i < size; i++) {
    let kind: number;
    if (random.seed % 2 === 0) kind = random.int(0, 3);
    else kind = i < size / 2 ? 0 : random.int(1, 10) === 1 ? 1 : 2;
    const name = () => `${random.pick(modules)}.${random.pick(leaves)}`;
    if (kind <= 1 && !(random.seed % 2 === 1 && kind === 1)) {
      const names = Array.from({ length: random.int(1, 3) }, name);
      operations.push('export');
      args.push([`sym${random.int(1, symbolCount)}`, names]);
    } else if (kind === 1 || kind === 2) {
      operations.push(kind === 1 ? 'resolve' : 'list');
      args.push([kind === 1 ? name() : random.pick(modules)]);
    } else {
      operations.push('resolve');
      args.push([name()]);
    }
  }
  return { operations, arguments: args };
}
