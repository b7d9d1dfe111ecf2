// problem: add
// expect: RE
// Node's trace agent writes node_trace.*.log itself, outside the permission model: it is removed before the solution loads.
import { createTracing } from "node:trace_events";
const tracing = createTracing({ categories: ["node.perf.usertiming"] });
tracing.enable();
export function add(a: number, b: number): number {
  return a + b;
}
