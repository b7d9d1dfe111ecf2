// problem: add
// expect: RE
import { writeFileSync } from "node:fs";
export function add(a: number, b: number): number {
  writeFileSync("/tmp/kata-hostile-wrote-this", "x");
  return a + b;
}
