/** The grid must be rectangular: every row as long as the first. */
export function validate(input: { grid: number[][] }): string | undefined {
  const width = input.grid[0]?.length ?? 0;
  for (let r = 0; r < input.grid.length; r++) {
    const length = input.grid[r]!.length;
    if (length !== width) return `row ${r} has ${length} cells but row 0 has ${width}`;
  }
  return undefined;
}
