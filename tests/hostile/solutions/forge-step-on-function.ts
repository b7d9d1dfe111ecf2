// problem: add
// expect: RE
// A function problem: forges a "threw" reply with a class problem's step number (this crashed the
// judge with exit 3). A reply that does not fit the problem is a forged message: RE.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
let nonce = 0;
export function add(a: number, b: number): number {
  nonce++;
  const error = { name: "Error", message: "forged", stack: "" };
  const body = serialize({ type: "threw", nonce, timeMs: 0.001, error, step: 7, output: "", outputBytes: 0 });
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  writeSync(3, Buffer.concat([header, body]));
  return a + b;
}
