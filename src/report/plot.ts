/**
 * A small scatter plot on log-log axes for the terminal: series of points, each with its own mark, on a
 * grid of characters, with the ranges of both axes written at their ends. Pure: points in, lines out.
 */

export interface PlotPoint {
  x: number;
  y: number;
}

export interface PlotSeries {
  label: string;
  /** One character. */
  mark: string;
  points: readonly PlotPoint[];
}

export interface PlotOptions {
  /** Columns of the plotting area, without the axis labels. */
  width: number;
  /** Rows of the plotting area. */
  height: number;
  xLabel: string;
  yLabel: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
  /** Where two series share a cell. */
  overlapMark?: string;
}

/** The plot's lines; none when no series has a positive point to draw. */
export function logLogPlot(series: readonly PlotSeries[], options: PlotOptions): string[] {
  const drawn = series.map((s) => ({ ...s, points: s.points.filter((p) => p.x > 0 && p.y > 0) }));
  const all = drawn.flatMap((s) => s.points);
  if (all.length === 0) return [];
  const { width, height } = options;
  const xs = logRange(all.map((p) => p.x));
  const ys = logRange(all.map((p) => p.y));
  const grid = Array.from({ length: height }, () => Array<string>(width).fill(' '));
  for (const { mark, points } of drawn) {
    for (const point of points) {
      const column = scale(point.x, xs, width);
      const row = height - 1 - scale(point.y, ys, height);
      const cell = grid[row]![column]!;
      grid[row]![column] = cell === ' ' || cell === mark ? mark : (options.overlapMark ?? '◆');
    }
  }
  const top = options.formatY(ys.max);
  const bottom = options.formatY(ys.min);
  const gutter = Math.max(top.length, bottom.length);
  const lines = [`${' '.repeat(gutter + 1)}${options.yLabel}`];
  grid.forEach((cells, i) => {
    const label = i === 0 ? top : i === height - 1 ? bottom : '';
    const tick = i === 0 || i === height - 1 ? '┤' : '│';
    lines.push(`${label.padStart(gutter)} ${tick}${cells.join('').trimEnd()}`);
  });
  lines.push(`${' '.repeat(gutter)} └${'─'.repeat(width)}`);
  const left = options.formatX(xs.min);
  const right = options.formatX(xs.max);
  const between = Math.max(1, width - left.length - right.length);
  lines.push(`${' '.repeat(gutter + 2)}${left}${' '.repeat(between)}${right}  ${options.xLabel}`);
  lines.push(`${' '.repeat(gutter + 2)}${drawn.map((s) => `${s.mark} ${s.label}`).join('   ')}`);
  return lines;
}

interface Range {
  min: number;
  max: number;
}

function logRange(values: readonly number[]): Range {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The cell (0..cells-1) of a value on a logarithmic axis; the middle one when the range is a single value. */
function scale(value: number, range: Range, cells: number): number {
  if (range.max === range.min) return Math.floor((cells - 1) / 2);
  const share = (Math.log(value) - Math.log(range.min)) / (Math.log(range.max) - Math.log(range.min));
  return Math.min(cells - 1, Math.max(0, Math.round(share * (cells - 1))));
}
