// problem: add
// expect: RE
// Answers the first (public) example, then breaks its own channel while no request is pending,
// hoping the judge skips the remaining cases and calls the solution accepted.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
function frame(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}
let calls = 0;
export function add(a: number, b: number): number {
  calls++;
  if (calls === 1) {
    const reply = frame(serialize({ type: "returned", nonce: 1, timeMs: 0.001, output: "", outputBytes: 0, value: 3, ignoredReturn: false }));
    writeSync(3, Buffer.concat([reply, Buffer.from([0, 0, 0, 1, 0])]));
    return 3;
  }
  return -1;
}
