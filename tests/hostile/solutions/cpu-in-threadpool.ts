// problem: add
// expect: TLE
// The time limit is on the CPU time of the solution's main thread only. Work handed to libuv's thread pool
// (here pbkdf2; WebCrypto digests, scrypt, key generation and zlib go the same way) runs on four other
// threads of the same process and is not counted: the main thread waits, at no CPU cost, until the
// wall limit (three times the limit plus a second) is near. This uses well over the 500 ms limit in CPU
// time on every case, and gets AC with a reported time of 0 ms.
import { pbkdf2 } from "node:crypto";
const LIMIT_MS = 500;
const chunk = () => new Promise<void>((resolve, reject) => pbkdf2("password", "salt", 50_000, 32, "sha256", (error) => (error ? reject(error) : resolve())));
export async function add(a: number, b: number): Promise<number> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  // Four at a time, one per pool thread, until twice the limit is used or the wall limit comes close.
  for (;;) {
    const used = process.cpuUsage(cpu);
    if (used.user + used.system > 2 * LIMIT_MS * 1000 || performance.now() - wall > 1800) break;
    await Promise.all([chunk(), chunk(), chunk(), chunk()]);
  }
  return a + b;
}
