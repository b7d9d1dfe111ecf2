// Keeps one counter per kind and only checks that no counter goes negative and all end at zero.
// It accepts crossed pairs such as "([)]".
export function isValid(s: string): boolean {
  const open = new Map<string, number>([['(', 0], ['[', 1], ['{', 2]]);
  const close = new Map<string, number>([[')', 0], [']', 1], ['}', 2]]);
  const counts = [0, 0, 0];
  for (const c of s) {
    const o = open.get(c);
    if (o !== undefined) {
      counts[o]!++;
    } else {
      const k = close.get(c)!;
      counts[k]!--;
      if (counts[k]! < 0) return false;
    }
  }
  return counts.every((count) => count === 0);
}
