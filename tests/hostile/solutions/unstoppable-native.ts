// problem: add
// expect: TLE|RE
// One native call that no thread can interrupt: two billion rounds of pbkdf2, reached through a computed
// import that no reading of the source can follow. A sandboxed process is killed at its limit (TLE). A
// worker thread of kata (kata test's fast path) cannot be ended during the call, and kata's exit waited
// for it: the verdict printed, then kata hung for minutes. There the call is refused (RE).
const name = ["node", "crypto"].join(":");
export async function add(a: number, b: number): Promise<number> {
  const crypto = (await import(name)) as { pbkdf2Sync(password: string, salt: string, rounds: number, length: number, digest: string): unknown };
  crypto.pbkdf2Sync("password", "salt", 2_000_000_000, 64, "sha512");
  return a + b;
}
