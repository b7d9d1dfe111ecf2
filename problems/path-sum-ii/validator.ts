/** What bounds cannot say: the matching root-to-leaf paths hold at most 10^6 values in total. */
export function validate(input: { root: (number | null)[]; targetSum: number }): string | undefined {
  const { root, targetSum } = input;
  // Level order lists parents before children: each non-null entry, in turn, takes the next two entries as its children.
  const depth: number[] = [1];
  const sum: number[] = [root[0] ?? 0];
  let next = 1;
  let total = 0;
  for (let node = 0; node < root.length; node++) {
    const value = root[node];
    if (value === undefined || value === null) continue;
    let leaf = true;
    for (const child of [next, next + 1]) {
      const childValue = root[child];
      if (childValue === undefined || childValue === null) continue;
      leaf = false;
      depth[child] = depth[node]! + 1;
      sum[child] = sum[node]! + childValue;
    }
    next += 2;
    if (leaf && sum[node] === targetSum) total += depth[node]!;
  }
  if (total > 1_000_000) return `the matching paths hold ${total} values in total, more than 10^6`;
  return undefined;
}
