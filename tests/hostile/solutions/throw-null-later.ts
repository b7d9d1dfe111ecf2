// problem: add
// expect: AC|RE
// Throws null from a timer after answering: what reaches the judge is not an Error. In a thread of kata,
// reading its code once crashed kata (exit 3).
export function add(a: number, b: number): number {
  setTimeout(() => {
    throw null;
  }, 0);
  return a + b;
}
