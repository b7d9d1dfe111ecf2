import type { Random } from 'kata/random';

/**
 * `size` inputs. Even seeds ask for the exact form, odd seeds for the tanh form.
 * Most values lie in [-6, 6], where the two forms differ by up to about 5e-4; one in ten is
 * drawn from the whole range [-1000, 1000].
 */
export function generate(random: Random, size: number): { x: number[]; approximate: string } {
  const x = Array.from({ length: size }, () => (random.bool(0.1) ? random.float(-1000, 1000) : random.float(-6, 6)));
  return { x, approximate: random.seed % 2 === 0 ? 'none' : 'tanh' };
}
