/** `kata calibrate`: a table of each problem's reference time, the limit derived from it, and the cache key. */
import { formatDuration } from '../util/time.ts';
import type { Style } from './style.ts';

export interface CalibrationRow {
  slug: string;
  /** `calibrated` with figures; `fixed` (a number in problem.json); `not measured` (--cached, nothing cached). */
  status: 'measured' | 'cached' | 'fixed' | 'not measured';
  limitMs?: number;
  referenceMs?: number;
  runs?: number[];
  rule?: { referenceMultiple: number; minMs: number; maxMs: number };
  key?: string;
}

export function calibrationTable(rows: readonly CalibrationRow[], machine: { node: string; cpu: string }, style: Style): string {
  const header = ['problem', 'reference', 'x', 'limit', 'within', 'key', ''];
  const body = rows.map((row) => [
    row.slug,
    row.referenceMs !== undefined ? formatDuration(row.referenceMs) : '-',
    row.rule ? String(row.rule.referenceMultiple) : '-',
    row.limitMs !== undefined ? `${row.limitMs} ms` : '-',
    row.rule ? `${row.rule.minMs}-${row.rule.maxMs} ms` : '-',
    row.key ?? '-',
    row.status,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [
    style.dim(`on ${machine.cpu}, Node ${machine.node}; reference: its slowest case, the median of its runs`),
    style.bold(line(header)),
    ...body.map(line),
  ].join('\n');
}
