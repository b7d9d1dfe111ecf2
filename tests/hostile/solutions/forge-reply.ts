// problem: add
// expect: TLE
// Runs over the limit, then writes its own reply to the judge's channel claiming 1 microsecond.
import { writeSync } from "node:fs";
import { serialize } from "node:v8";
let nonce = 0;
export function add(a: number, b: number): number {
  nonce++;
  // CPU time, which the judge's limit is on: on a busy machine a wall-clock spin would use less.
  const start = process.cpuUsage();
  while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 600) {}
  const body = serialize({ type: "returned", nonce, timeMs: 0.001, value: a + b, ignoredReturn: false, output: "", outputBytes: 0 });
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length, 0);
  writeSync(3, Buffer.concat([header, body]));
  return a + b;
}
