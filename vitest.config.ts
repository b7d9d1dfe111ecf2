import { defineConfig } from 'vitest/config';
import { SlowFirst } from './tests/slow-first.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each judged solution runs in its own process already; two files at a time suit a 2-core machine.
    maxWorkers: 2,
    sequence: { sequencer: SlowFirst },
  },
});
