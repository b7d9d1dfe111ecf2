// problem: add
// expect: RE
// Writes bytes that are no message to the judge's channel.
import { writeSync } from "node:fs";
export function add(a: number, b: number): number {
  writeSync(3, Buffer.from([0, 0, 0, 5, 1, 2, 3, 4, 5]));
  return a + b;
}
