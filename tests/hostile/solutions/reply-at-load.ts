// problem: add
// expect: RE
// Answers the load request with a case reply.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
const body = serialize({ type: "returned", nonce: 1, timeMs: 0, value: 0, output: "", outputBytes: 0 });
const header = Buffer.alloc(4);
header.writeUInt32BE(body.length, 0);
writeSync(3, Buffer.concat([header, body]));
export function add(a: number, b: number): number {
  return a + b;
}
