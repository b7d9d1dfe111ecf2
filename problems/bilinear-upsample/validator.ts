/** What bounds cannot say: the grid is rectangular and the output is at least as large as it. */
export function validate(input: { grid: number[][]; outH: number; outW: number }): string | undefined {
  const width = input.grid[0]?.length ?? 0;
  const ragged = input.grid.findIndex((row) => row.length !== width);
  if (ragged >= 0) return `grid[${ragged}] has ${input.grid[ragged]?.length} values but grid[0] has ${width}`;
  if (input.outH < input.grid.length) return `outH = ${input.outH} is smaller than H = ${input.grid.length}`;
  if (input.outW < width) return `outW = ${input.outW} is smaller than W = ${width}`;
  return undefined;
}
