// problem: add
// expect: RE
// In a thread, posts the right answer as a reply of its own on the thread's parentPort, then returns a
// wrong one: the judge must not take the forged reply (WA or RE, as the two messages arrive). In a
// process there is no parentPort: RE.
import { parentPort } from "node:worker_threads";
import { serialize } from "node:v8";
let nonce = 0;
export function add(a: number, b: number): number {
  nonce++;
  const forged = serialize({ type: "returned", nonce, timeMs: 0.001, value: a + b, ignoredReturn: false, output: "", outputBytes: 0 });
  parentPort!.postMessage(new Uint8Array(forged.buffer, forged.byteOffset, forged.byteLength));
  return -1;
}
