// problem: add
// expect: MLE|TLE
// Catches what would end it for memory, and answers: in a thread, kata ends the thread instead of throwing,
// so that kata test does not accept what kata judge gives MLE.
export function add(a: number, b: number): number {
  try {
    Array.from({ length: 5e8 });
  } catch {
    // ignored on purpose
  }
  return a + b;
}
