// Uses a stack, but only checks that something is open when a closer arrives, not that its kind matches.
export function isValid(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (depth-- === 0) return false;
  }
  return depth === 0;
}
