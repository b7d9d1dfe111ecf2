/** What bounds cannot say: the channels come in whole groups of r * r, every channel is H x W, and there are at most 2.5 * 10^5 values. */
export function validate(input: { tensor: number[][][]; r: number }): string | undefined {
  const { tensor, r } = input;
  if (tensor.length % (r * r) !== 0) return `tensor has ${tensor.length} channels, not a multiple of r * r = ${r * r}`;
  const height = tensor[0]?.length ?? 0;
  const width = tensor[0]?.[0]?.length ?? 0;
  for (let k = 0; k < tensor.length; k++) {
    const channel = tensor[k] ?? [];
    if (channel.length !== height) return `tensor[${k}] has ${channel.length} rows but tensor[0] has ${height}`;
    const row = channel.findIndex((values) => values.length !== width);
    if (row >= 0) return `tensor[${k}][${row}] has ${channel[row]?.length} values but tensor[0][0] has ${width}`;
  }
  const total = tensor.length * height * width;
  if (total > 250_000) return `tensor holds ${total} values, more than 2.5 * 10^5`;
  return undefined;
}
