// problem: counts
// expect: WA
// Tries to smuggle the hidden input out as a map key in a type-error message.
export function counts(words: string[]): Map<string, number> {
  return new Map<string, number>([[JSON.stringify(words), "x" as unknown as number]]);
}
