/**
 * Multi-source breadth-first search. Every rotten orange starts in the queue at minute 0; a
 * fresh orange's minute is one more than that of the neighbour that reaches it first. The
 * answer is the last minute reached, or -1 if some fresh orange is never reached.
 * O(rows * cols) time and memory.
 */
export function orangesRotting(grid: number[][]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const cells = rows * cols;
  const state = new Uint8Array(cells);
  const minute = new Int32Array(cells);
  const queue = new Int32Array(cells);
  let tail = 0;
  let fresh = 0;
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < cols; c++) {
      const value = row[c]!;
      const id = r * cols + c;
      state[id] = value;
      if (value === 1) fresh++;
      else if (value === 2) queue[tail++] = id;
    }
  }
  let last = 0;
  for (let head = 0; head < tail && fresh > 0; head++) {
    const id = queue[head]!;
    const r = Math.floor(id / cols);
    const c = id - r * cols;
    const next = minute[id]! + 1;
    const visit = (to: number): void => {
      if (state[to] !== 1) return;
      state[to] = 2;
      minute[to] = next;
      queue[tail++] = to;
      fresh--;
      last = next;
    };
    if (r > 0) visit(id - cols);
    if (r + 1 < rows) visit(id + cols);
    if (c > 0) visit(id - 1);
    if (c + 1 < cols) visit(id + 1);
  }
  return fresh > 0 ? -1 : last;
}
