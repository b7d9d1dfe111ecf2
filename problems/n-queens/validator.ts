/** What bounds cannot say: every placed square is on the n × n board, and no row holds two placed queens. */
export function validate(input: { n: number; placed: number[][] }): string | undefined {
  const rows = new Set<number>();
  for (const [i, square] of input.placed.entries()) {
    const [row, col] = square as [number, number];
    if (row >= input.n || col >= input.n) return `placed[${i}] = [${row}, ${col}] is off the ${input.n} × ${input.n} board`;
    if (rows.has(row)) return `placed[${i}] puts a second queen in row ${row}`;
    rows.add(row);
  }
  return undefined;
}
