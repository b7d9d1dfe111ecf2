/** What bounds cannot say (distinct applies to arrays, not trees): no two nodes share a value, and p and q are nodes of the tree. */
export function validate(input: { root: (number | null)[]; p: number; q: number }): string | undefined {
  const values = new Set<number>();
  for (const value of input.root) {
    if (value === null) continue;
    if (values.has(value)) return `two nodes of the tree have the value ${value}`;
    values.add(value);
  }
  if (!values.has(input.p)) return `p = ${input.p} is not a node of the tree`;
  if (!values.has(input.q)) return `q = ${input.q} is not a node of the tree`;
  return undefined;
}
