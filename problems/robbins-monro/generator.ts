import type { Random } from 'kata/random';

/** `size` iterations: step sizes in [0, 1], observations and the target in [-1000, 1000]. */
export function generate(random: Random, size: number): { x0: number; steps: number[]; observations: number[]; target: number } {
  return {
    x0: random.float(-1000, 1000),
    steps: Array.from({ length: size }, () => random.float(0, 1)),
    observations: Array.from({ length: size }, () => random.float(-1000, 1000)),
    target: random.float(-1000, 1000),
  };
}
