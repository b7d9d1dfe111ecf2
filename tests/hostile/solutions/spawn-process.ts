// problem: add
// expect: RE
import { execSync } from "node:child_process";
export function add(a: number, b: number): number {
  execSync("true");
  return a + b;
}
