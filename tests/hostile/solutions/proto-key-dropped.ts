// problem: counts
// expect: WA
// Drops the "__proto__" key, which a judge comparing with plain objects would never notice.
export function counts(words: string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const word of words) if (word !== "__proto__") counted.set(word, (counted.get(word) ?? 0) + 1);
  return counted;
}
