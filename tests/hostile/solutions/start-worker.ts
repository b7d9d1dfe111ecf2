// problem: add
// expect: RE
import { Worker } from "node:worker_threads";
export function add(a: number, b: number): number {
  new Worker("process.exit(0)", { eval: true });
  return a + b;
}
