/** What bounds cannot say: all buffers have one length L, a multiple of N, and N * L <= 2 * 10^5. */
export function validate(input: { buffers: number[][] }): string | undefined {
  const n = input.buffers.length;
  const length = input.buffers[0]?.length ?? 0;
  const other = input.buffers.findIndex((buffer) => buffer.length !== length);
  if (other >= 0) return `buffers[${other}] has ${input.buffers[other]?.length} values but buffers[0] has ${length}`;
  if (length % n !== 0) return `L = ${length} is not a multiple of N = ${n}`;
  if (n * length > 200_000) return `N * L = ${n * length} is more than 2 * 10^5`;
  return undefined;
}
