/**
 * Lays inline spans out in lines of at most `width` columns and paints them. Widths are counted on the
 * text itself (see displayWidth), never on the escape sequences the style adds.
 *
 * Lines break at spaces. A code span or an address is kept whole when it fits on a line of its own,
 * and broken at its own spaces (then anywhere) only when it does not.
 */
import type { Style } from './style.ts';
import type { Marks, Span } from './markdown-inline.ts';
import { charWidth, displayWidth } from '../util/width.ts';

export interface Line {
  /** The painted text. */
  text: string;
  /** Its width in columns, without escape sequences. */
  width: number;
}

interface Piece {
  text: string;
  marks: Marks;
  width: number;
  /** A space inside a code span: a place to break a word too long for any line. */
  weak?: true;
}

type Item = { kind: 'word'; pieces: Piece[]; width: number } | { kind: 'space'; marks: Marks } | { kind: 'break' };

/** The words of some spans, with the spaces and hard breaks between them. */
function items(spans: readonly Span[]): Item[] {
  const out: Item[] = [];
  let word: Piece[] = [];
  const endWord = () => {
    if (word.length > 0) out.push({ kind: 'word', pieces: word, width: word.reduce((sum, piece) => sum + piece.width, 0) });
    word = [];
  };
  for (const span of spans) {
    if ('break' in span) {
      endWord();
      out.push({ kind: 'break' });
      continue;
    }
    const keepWhole = span.marks.code === true || span.marks.url === true;
    span.text.split(' ').forEach((part, index) => {
      if (index > 0 && keepWhole) word.push({ text: ' ', marks: span.marks, width: 1, weak: true });
      if (index > 0 && !keepWhole) {
        endWord();
        out.push({ kind: 'space', marks: span.marks });
      }
      if (part !== '') word.push({ text: part, marks: span.marks, width: displayWidth(part) });
    });
  }
  endWord();
  return out;
}

/** The widest word of some spans: a table column narrower than this has to split it. */
export function longestWord(spans: readonly Span[]): number {
  return Math.max(0, ...items(spans).map((item) => (item.kind === 'word' ? item.width : 0)));
}

/** The width of some spans on one line. */
export function naturalWidth(spans: readonly Span[]): number {
  return Math.max(0, ...wrap(spans, Number.MAX_SAFE_INTEGER, null).map((line) => line.width));
}

class LineBuilder {
  readonly lines: Piece[][] = [[]];
  used = 0;

  constructor(private readonly width: number) {}

  get room(): number {
    return this.width - this.used;
  }

  push(piece: Piece): void {
    this.lines[this.lines.length - 1]!.push(piece);
    this.used += piece.width;
  }

  newLine(): void {
    this.lines.push([]);
    this.used = 0;
  }

  /** A word wider than a whole line: broken at its weak spaces, and a part still too wide, anywhere. */
  placeLong(word: Piece[]): void {
    const chunks: Piece[][] = [[]];
    for (const piece of word) {
      if (piece.weak) chunks.push([]);
      else chunks[chunks.length - 1]!.push(piece);
    }
    chunks.forEach((chunk, index) => {
      const chunkWidth = chunk.reduce((sum, piece) => sum + piece.width, 0);
      const gap = index > 0 && this.used > 0 ? 1 : 0;
      if (gap + chunkWidth <= this.room) {
        if (gap > 0) this.push({ text: ' ', marks: word[0]!.marks, width: 1 });
      } else if (this.used > 0) {
        this.newLine();
      }
      for (const piece of chunk) this.placeCharacters(piece);
    });
  }

  private placeCharacters(piece: Piece): void {
    if (piece.width <= this.room) {
      this.push(piece);
      return;
    }
    for (const char of piece.text) {
      const width = charWidth(char);
      if (width > this.room && this.used > 0) this.newLine();
      this.push({ text: char, marks: piece.marks, width });
    }
  }
}

/** Spans laid out in lines of at most `width` columns (a single character wider than that overflows), painted with `style` (null: unpainted). */
export function wrap(spans: readonly Span[], width: number, style: Style | null, base: Marks = {}): Line[] {
  const builder = new LineBuilder(Math.max(1, width));
  let space: Marks | undefined;
  for (const item of items(spans)) {
    if (item.kind === 'break') {
      builder.newLine();
      space = undefined;
    } else if (item.kind === 'space') {
      space = builder.used > 0 ? item.marks : undefined;
    } else {
      const gap = space !== undefined ? 1 : 0;
      if (gap + item.width <= builder.room) {
        if (space !== undefined) builder.push({ text: ' ', marks: space, width: 1 });
        for (const piece of item.pieces) builder.push(piece);
      } else {
        if (builder.used > 0) builder.newLine();
        if (item.width <= builder.room) for (const piece of item.pieces) builder.push(piece);
        else builder.placeLong(item.pieces);
      }
      space = undefined;
    }
  }
  const lines = builder.lines;
  while (lines.length > 0 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines.map((pieces) => ({
    text: paintPieces(pieces, style, base),
    width: pieces.reduce((sum, piece) => sum + piece.width, 0),
  }));
}

/** Neighbouring pieces with the same marks are painted as one, so a line carries few escape sequences. */
function paintPieces(pieces: readonly Piece[], style: Style | null, base: Marks): string {
  let out = '';
  let run = '';
  let runMarks: Marks | undefined;
  const flush = () => {
    if (runMarks !== undefined) out += style === null ? run : paint(run, { ...base, ...runMarks }, style);
    run = '';
  };
  for (const piece of pieces) {
    if (runMarks === undefined || !sameMarks(runMarks, piece.marks)) {
      flush();
      runMarks = piece.marks;
    }
    run += piece.text;
  }
  flush();
  return out;
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.link === b.link && a.url === b.url;
}

export function paint(text: string, marks: Marks, style: Style): string {
  let out = text;
  if (marks.code) out = style.code(out);
  if (marks.url) out = style.dim(out);
  if (marks.link) out = style.underline(out);
  if (marks.italic) out = style.italic(out);
  if (marks.bold) out = style.bold(out);
  return out;
}
