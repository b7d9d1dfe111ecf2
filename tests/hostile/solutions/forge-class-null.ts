// problem: lru-cache
// workspace: authoring
// expect: RE
// A class problem: forges a well-formed "returned" reply whose value is null instead of one result
// per step (this crashed the judge with exit 3). The judge checks every reply against the question.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
let nonce = 0;
export class LRUCache {
  constructor(_capacity: number) {
    nonce++;
    const body = serialize({ type: "returned", nonce, timeMs: 0.001, value: null, ignoredReturn: false, output: "", outputBytes: 0 });
    const header = Buffer.alloc(4);
    header.writeUInt32BE(body.length, 0);
    writeSync(3, Buffer.concat([header, body]));
  }
  get(_key: number): number {
    return -1;
  }
  put(_key: number, _value: number): void {}
}
