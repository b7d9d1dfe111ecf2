// problem: counts
// expect: WA
// The type check runs in the judge's own process, with the whole disk in view: a type query of the
// problem's hidden cases (erased before the solution runs, so nothing fails at load) makes the
// signature mismatch print the type of the hidden expected answers, whose keys are the hidden words.
type Hidden = typeof import("../../fixtures/workspace/problems/counts/hidden.json");
export function counts(words: string[]): Hidden[number]["expected"] {
  return null as unknown as Hidden[number]["expected"];
}
