// problem: add
// expect: WA
// Replaces the method Node dispatches every port message through (EventTarget's hybrid dispatch), to be
// handed the harness's private port to the judge as `this` with each request, then posts the right
// answer on that port and returns a wrong one. In a process no port carries requests, and the wrong answer stands.
import { deserialize, serialize } from "node:v8";
const HYBRID_DISPATCH = Symbol.for("nodejs.internal.kHybridDispatch");
const eventTarget = EventTarget.prototype as unknown as Record<symbol, (...args: unknown[]) => unknown>;
const dispatch = eventTarget[HYBRID_DISPATCH];
let port: { postMessage(message: unknown): void } | null = null;
let nonce = 0;
try {
  eventTarget[HYBRID_DISPATCH] = function (this: { postMessage?: (message: unknown) => void }, value: unknown, ...rest: unknown[]) {
    if (value instanceof Uint8Array && typeof this.postMessage === "function") {
      port = this as { postMessage(message: unknown): void };
      const request = deserialize(value) as { nonce?: unknown };
      if (typeof request.nonce === "number") nonce = request.nonce;
    }
    return dispatch!.call(this, value, ...rest);
  };
} catch {
  // refused: requests reach the harness untouched
}
export function add(a: number, b: number): number {
  const forged = serialize({ type: "returned", nonce, timeMs: 0.001, value: a + b, ignoredReturn: false, output: "", outputBytes: 0 });
  port?.postMessage(new Uint8Array(forged.buffer, forged.byteOffset, forged.byteLength));
  return -1;
}
