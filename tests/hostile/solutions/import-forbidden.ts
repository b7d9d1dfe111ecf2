// problem: add
// expect: CE
import { readFileSync } from "./not-allowed.ts";
export function add(a: number, b: number): number {
  return a + b + readFileSync.length;
}
