/** What bounds cannot say: the grid is rectangular (every row has the same length). */
export function validate(input: { grid: string[][] }): string | undefined {
  const width = input.grid[0]?.length ?? 0;
  const row = input.grid.findIndex((cells) => cells.length !== width);
  if (row >= 0) return `grid[${row}] has ${input.grid[row]!.length} cells but grid[0] has ${width}: the grid must be rectangular`;
  return undefined;
}
