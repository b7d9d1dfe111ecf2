// problem: add
// expect: RE
// Announces a 4 GB message on the judge's channel, hoping it buffers it all.
import { writeSync } from "node:fs";
export function add(a: number, b: number): number {
  writeSync(3, Buffer.from([255, 255, 255, 255]));
  return a + b;
}
