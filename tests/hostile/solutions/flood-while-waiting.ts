// problem: add
// expect: TLE
// Sleeps far past the wall limit while writing 64 KB to standard error every 5 ms: the judge reads
// all of it, and its reading must not count as pauses of its own that would excuse the sleep.
export function add(a: number, b: number): Promise<number> {
  const noise = "x".repeat(65536);
  const timer = setInterval(() => process.stderr.write(noise), 5);
  return new Promise((resolve) => setTimeout(() => {
    clearInterval(timer);
    resolve(a + b);
  }, 30_000));
}
