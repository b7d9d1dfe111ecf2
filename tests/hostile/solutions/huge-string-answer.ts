// problem: counts
// expect: WA
// A 30 MB answer: reading it must cost the judge linear time, not a false TLE.
export function counts(words: string[]): Map<string, number> {
  return new Map([["x".repeat(30 * 1024 * 1024), words.length]]);
}
