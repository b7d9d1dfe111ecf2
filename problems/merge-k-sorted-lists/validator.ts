/** What bounds cannot say: the lists hold at most 2 * 10^5 nodes in total. */
export function validate(input: { lists: number[][] }): string | undefined {
  const total = input.lists.reduce((sum, list) => sum + list.length, 0);
  if (total > 200_000) return `the lists hold ${total} nodes in total, more than 2 * 10^5`;
  return undefined;
}
