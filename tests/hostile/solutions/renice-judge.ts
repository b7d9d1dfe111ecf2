// problem: add
// expect: RE
// Tries to lower the judge's priority, which signals-style lockdown does not cover.
import { setPriority } from "node:os";
export function add(a: number, b: number): number {
  setPriority(process.ppid, 19);
  return a + b;
}
