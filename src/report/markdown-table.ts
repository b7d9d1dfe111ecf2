/**
 * A Markdown table drawn with box lines, its columns fitted to the width: when the natural widths do
 * not fit, the widest column gives up a column at a time, and its cells wrap.
 */
import type { Align } from './markdown-blocks.ts';
import { parseInline, type References, type Span } from './markdown-inline.ts';
import { longestWord, naturalWidth, wrap, type Line } from './markdown-wrap.ts';
import type { Style } from './style.ts';

/** A column never shrinks below this, however tight the width: narrower, its cells become unreadable. */
const NARROWEST = 3;

export function renderTable(table: { align: Align[]; header: string[]; rows: string[][] }, width: number, style: Style, references: References): string[] {
  const header = table.header.map((cell) => parseInline(cell, references));
  const rows = table.rows.map((row) => row.map((cell) => parseInline(cell, references)));
  const widths = columnWidths([header, ...rows], width - (3 * header.length + 1));
  const border = (left: string, middle: string, right: string) => style.dim(`${left}${widths.map((w) => '─'.repeat(w + 2)).join(middle)}${right}`);
  const bodies = rows.map((row) => rowLines(row, widths, table.align, style));
  // Rules between body rows only when some row takes several lines: otherwise they are clutter.
  const separate = bodies.some((lines) => lines.length > 1);
  const out = [border('┌', '┬', '┐'), ...rowLines(header, widths, table.align, style, true), border('├', '┼', '┤')];
  bodies.forEach((lines, index) => {
    if (separate && index > 0) out.push(border('├', '┼', '┤'));
    out.push(...lines);
  });
  out.push(border('└', '┴', '┘'));
  return out;
}

/**
 * Each column's width: its natural width when everything fits in `available`; otherwise the widest
 * column shrinks first, down to its longest word, and then, if still needed, down to NARROWEST.
 */
export function columnWidths(cells: readonly (readonly Span[][])[], available: number): number[] {
  const columns = cells[0]?.length ?? 0;
  const widths = Array.from({ length: columns }, (_, column) => Math.max(1, ...cells.map((row) => naturalWidth(row[column] ?? []))));
  const words = Array.from({ length: columns }, (_, column) => Math.max(NARROWEST, ...cells.map((row) => longestWord(row[column] ?? []))));
  for (const floor of [(column: number) => Math.min(words[column]!, widths[column]!), () => NARROWEST]) {
    let excess = widths.reduce((sum, w) => sum + w, 0) - available;
    while (excess > 0) {
      let widest = -1;
      widths.forEach((w, column) => {
        if (w > floor(column) && (widest < 0 || w > widths[widest]!)) widest = column;
      });
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  }
  return widths;
}

function rowLines(row: readonly Span[][], widths: readonly number[], align: readonly Align[], style: Style, header = false): string[] {
  const cells = row.map((spans, column) => wrap(spans, widths[column]!, style, header ? { bold: true } : {}));
  const height = Math.max(1, ...cells.map((lines) => lines.length));
  const bar = style.dim('│');
  return Array.from({ length: height }, (_, index) => {
    const parts = cells.map((lines, column) => pad(lines[index] ?? { text: '', width: 0 }, widths[column]!, align[column] ?? 'left'));
    return `${bar} ${parts.join(` ${bar} `)} ${bar}`;
  });
}

function pad(line: Line, width: number, align: Align): string {
  const space = Math.max(0, width - line.width);
  if (align === 'right') return `${' '.repeat(space)}${line.text}`;
  if (align === 'center') return `${' '.repeat(Math.floor(space / 2))}${line.text}${' '.repeat(Math.ceil(space / 2))}`;
  return `${line.text}${' '.repeat(space)}`;
}
