// Deletes adjacent matching pairs ("()", "[]", "{}") until none is left. Each pass is O(n), and a
// nest n/2 deep needs about n/2 passes: O(n^2).
export function isValid(s: string): boolean {
  let current = s;
  for (;;) {
    const next = current.replace(/\(\)|\[\]|\{\}/g, '');
    if (next === current) return next.length === 0;
    current = next;
  }
}
