// problem: add
// expect: RE
// Writes a forged reply whose length prefix also covers the harness's own reply that follows, so that
// the judge would see one well-formed frame per request; the judge refuses bytes after a message.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
let nonce = 0;
function reply(timeMs: number, value: number) {
  return { type: "returned", nonce, timeMs, output: "", outputBytes: 0, value, ignoredReturn: false };
}
export function add(a: number, b: number): number {
  nonce++;
  const forged = serialize(reply((Math.abs(a) % 500000) / 1000, a + b));
  const harness = serialize(reply(0.5, a + b));
  const head = Buffer.alloc(4);
  head.writeUInt32BE(forged.length + 4 + harness.length, 0);
  writeSync(3, Buffer.concat([head, forged]));
  return a + b;
}
