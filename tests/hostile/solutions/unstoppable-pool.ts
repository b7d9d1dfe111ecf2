// problem: add
// expect: TLE|RE
// Work handed to libuv's thread pool, which goes on after the thread that asked for it has ended: two
// billion rounds of pbkdf2, and the same through WebCrypto. A sandboxed process counts the pool's CPU time
// and is killed (TLE); in a worker thread of kata, kata's exit waited for the pool, so the work is refused (RE).
const name = ["node", "crypto"].join(":");
export async function add(a: number, b: number): Promise<number> {
  const crypto = (await import(name)) as { pbkdf2(password: string, salt: string, rounds: number, length: number, digest: string, done: () => void): void };
  crypto.pbkdf2("password", "salt", 2_000_000_000, 64, "sha512", () => undefined);
  const key = await globalThis.crypto.subtle.importKey("raw", new Uint8Array(8), "PBKDF2", false, ["deriveBits"]);
  await globalThis.crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-512", salt: new Uint8Array(8), iterations: 2_000_000_000 }, key, 256);
  return a + b;
}
