// problem: add
// expect: MLE|TLE
// Array.from over an array-like of half a billion elements: one native call that builds them all. In a
// thread of kata it is refused at once (MLE); in a sandboxed process the time limit may come first.
export function add(a: number, b: number): number {
  const table = Array.from({ length: 5e8 });
  return table.length + a + b;
}
