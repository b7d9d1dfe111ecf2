// problem: add
// expect: RE
// Tries to read the hidden cases next to it; the permission model refuses.
import { readFileSync } from "node:fs";
export function add(a: number, b: number): number {
  const stolen = JSON.parse(readFileSync(process.cwd() + "/problems/add/hidden.json", "utf8"));
  return stolen[0].expected;
}
