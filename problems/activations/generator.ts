import type { Random } from 'kata/random';

const NAMES = ['threshold', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'silu'];

/** A random activation and mode; inputs mix exact zeros, small floats and magnitudes up to 1000. */
export function generate(random: Random, size: number): { name: string; x: number[]; derivative: boolean } {
  const name = random.pick(NAMES);
  const derivative = random.bool();
  const x = Array.from({ length: size }, () => {
    const kind = random.int(0, 9);
    if (kind === 0) return 0;
    if (kind <= 5) return random.float(-10, 10);
    return random.float(-1000, 1000);
  });
  return { name, x, derivative };
}
