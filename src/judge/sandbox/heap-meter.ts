/**
 * The most heap in use during a call, above what was in use when it began: the larger of the heap at its
 * end and the heap before each collection that ran meanwhile. Shared by the sandboxed harness (serve.ts)
 * and the inline host, which meters the same heap from kata's side of a vm context.
 */
import * as v8 from 'node:v8';
import type { HeapMeter } from './calls.ts';

// Taken when this module loads: in a sandbox, before the solution, which could replace them.
const heapStatistics = v8.getHeapStatistics;
const max = Math.max;

export function makeHeapMeter(): HeapMeter {
  const profiler = new v8.GCProfiler();
  const start = profiler.start.bind(profiler);
  const stop = profiler.stop.bind(profiler);
  let before = 0;
  return {
    begin() {
      before = heapStatistics().used_heap_size;
      start();
    },
    end() {
      const profile = stop();
      let peak = heapStatistics().used_heap_size;
      for (const collection of profile?.statistics ?? []) peak = max(peak, collection.beforeGC.heapStatistics.usedHeapSize);
      return max(0, peak - before);
    },
  };
}
