// problem: add
// expect: WA
// Looks for a message port among the process's active handles (in a thread, that would be the harness's
// private channel to the judge), posts the right answer on it, then returns a wrong one. In a process
// there is no such port, and the wrong answer stands.
import { serialize } from "node:v8";
let nonce = 0;
export function add(a: number, b: number): number {
  nonce++;
  const forged = serialize({ type: "returned", nonce, timeMs: 0.001, value: a + b, ignoredReturn: false, output: "", outputBytes: 0 });
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  for (const handle of handles) {
    const port = handle as { postMessage?: (message: unknown) => void };
    if (typeof port.postMessage === "function") port.postMessage(new Uint8Array(forged.buffer, forged.byteOffset, forged.byteLength));
  }
  return -1;
}
