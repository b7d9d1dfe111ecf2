// problem: add
// expect: TLE
// Hands its work to libuv's thread pool (here pbkdf2; WebCrypto digests, scrypt, key generation and zlib go
// the same way): four threads of the same process, while the main thread waits at no CPU cost. When the
// limit was on the main thread's CPU time alone, this used twice the 500 ms limit on every case (1 000 ms of
// the process's CPU time, read from /proc) and got AC with a reported time of 0 ms; the limit must count
// every thread of the sandbox.
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
