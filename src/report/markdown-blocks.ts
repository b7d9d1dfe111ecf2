/**
 * The block half of the statement renderer: splits Markdown into paragraphs, headings (ATX and
 * setext), fenced and indented code, block quotes, bullet and numbered lists (nested), GitHub tables
 * and rules. A CommonMark subset that covers what problem statements use; anything else is a paragraph.
 */
import { normaliseLabel } from './markdown-inline.ts';

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'code'; lines: string[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'list'; ordered: boolean; start: number; delimiter: string; loose: boolean; items: Block[][] }
  | { kind: 'table'; align: Align[]; header: string[]; rows: string[][] }
  | { kind: 'rule' };

interface ListMarker {
  ordered: boolean;
  /** `-`, `*` or `+` for a bullet; `.` or `)` after a number. */
  delimiter: string;
  number: number;
  /** Where the item's content starts: continuation lines are indented this far. */
  contentIndent: number;
  content: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])(?:( +)(.*))?$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const REFERENCE = /^ {0,3}\[([^\]]{1,999})\]:[ \t]*<?([^\s<>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const TABLE_DELIMITER_CELL = /^:?-+:?$/;

/** Quotes and lists deeper than this are read as text: a statement of 5000 `>` must not overflow the stack. */
const MAX_NESTING = 12;

const isBlank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.length - line.trimStart().length;

/** Markdown (newlines normalised, tabs expanded) as blocks; `references` collects `[label]: url` definitions. */
export function parseBlocks(lines: readonly string[], references: Map<string, string>, depth = 0): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const parsed = parseBlockAt(lines, i, references, depth);
    if (parsed.block !== undefined) blocks.push(parsed.block);
    i = parsed.next;
  }
  return blocks;
}

function parseBlockAt(lines: readonly string[], i: number, references: Map<string, string>, depth: number): { block?: Block; next: number } {
  const line = lines[i]!;
  const heading = ATX_HEADING.exec(line);
  if (heading !== null) return { block: { kind: 'heading', level: heading[1]!.length, text: (heading[2] ?? '').trim() }, next: i + 1 };
  const fence = FENCE.exec(line);
  if (fence !== null && !(fence[2]!.startsWith('`') && fence[3]!.includes('`'))) return parseFence(lines, i, fence[1]!.length, fence[2]!);
  if (THEMATIC_BREAK.test(line)) return { block: { kind: 'rule' }, next: i + 1 };
  if (depth < MAX_NESTING && QUOTE.test(line)) return parseQuote(lines, i, references, depth);
  if (depth < MAX_NESTING && listMarker(line) !== undefined) return parseList(lines, i, references, depth);
  if (indentOf(line) >= 4) return parseIndentedCode(lines, i);
  if (tableStarts(lines, i)) return parseTable(lines, i);
  return parseParagraph(lines, i, references);
}

/** Whether a line begins a block that ends a paragraph before it (CommonMark's "interrupts"). */
function interrupts(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (isBlank(line) || ATX_HEADING.test(line) || FENCE.test(line) || THEMATIC_BREAK.test(line) || QUOTE.test(line)) return true;
  const marker = listMarker(line);
  // "2. " in the middle of a wrapped sentence is text; a list interrupting a paragraph starts at 1.
  if (marker !== undefined && marker.content.trim() !== '' && (!marker.ordered || marker.number === 1)) return true;
  return tableStarts(lines, i);
}

function listMarker(line: string): ListMarker | undefined {
  const match = LIST_ITEM.exec(line);
  if (match === null || THEMATIC_BREAK.test(line)) return undefined;
  const [, indent = '', marker = '', spaces = '', content = ''] = match;
  const ordered = /\d/.test(marker);
  const emptyOrIndentedCode = content === '' || spaces.length > 4;
  const spacing = emptyOrIndentedCode ? 1 : spaces.length;
  return {
    ordered,
    delimiter: ordered ? marker.slice(-1) : marker,
    number: ordered ? Number(marker.slice(0, -1)) : 0,
    contentIndent: indent.length + marker.length + spacing,
    content: emptyOrIndentedCode && content !== '' ? `${spaces.slice(1)}${content}` : content,
  };
}

function parseFence(lines: readonly string[], start: number, indent: number, fence: string): { block: Block; next: number } {
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  const body: string[] = [];
  let i = start + 1;
  while (i < lines.length && !closing.test(lines[i]!)) {
    const line = lines[i]!;
    body.push(line.slice(Math.min(indent, indentOf(line))));
    i++;
  }
  return { block: { kind: 'code', lines: body }, next: Math.min(i + 1, lines.length) };
}

function parseIndentedCode(lines: readonly string[], start: number): { block: Block; next: number } {
  let end = start;
  while (end < lines.length && (isBlank(lines[end]!) || indentOf(lines[end]!) >= 4)) end++;
  while (isBlank(lines[end - 1]!)) end--;
  return { block: { kind: 'code', lines: lines.slice(start, end).map((line) => line.slice(4)) }, next: end };
}

function parseQuote(lines: readonly string[], start: number, references: Map<string, string>, depth: number): { block: Block; next: number } {
  const inner: string[] = [];
  let i = start;
  while (i < lines.length) {
    const line = lines[i]!;
    if (QUOTE.test(line)) inner.push(line.replace(QUOTE, ''));
    // A lazy line continues the quote's paragraph.
    else if (!isBlank(line) && !isBlank(inner[inner.length - 1] ?? '') && !interrupts(lines, i)) inner.push(line);
    else break;
    i++;
  }
  return { block: { kind: 'quote', blocks: parseBlocks(inner, references, depth + 1) }, next: i };
}

function sameList(a: ListMarker, b: ListMarker): boolean {
  return a.ordered === b.ordered && a.delimiter === b.delimiter;
}

function parseList(lines: readonly string[], start: number, references: Map<string, string>, depth: number): { block: Block; next: number } {
  const first = listMarker(lines[start]!)!;
  const items: Block[][] = [];
  let loose = false;
  let i = start;
  let marker: ListMarker | undefined = first;
  while (marker !== undefined && sameList(first, marker)) {
    const item = collectItem(lines, i, marker);
    if (item.innerBlank) loose = true;
    items.push(parseBlocks(item.lines, references, depth + 1));
    i = item.next;
    let after = i;
    while (after < lines.length && isBlank(lines[after]!)) after++;
    marker = after < lines.length ? listMarker(lines[after]!) : undefined;
    if (marker === undefined || !sameList(first, marker)) break;
    if (after > i) loose = true;
    i = after;
  }
  return { block: { kind: 'list', ordered: first.ordered, start: first.number, delimiter: first.delimiter, loose, items }, next: i };
}

/** One list item's lines, de-indented; `next` is the first line after it (blank lines after it are left). */
function collectItem(lines: readonly string[], start: number, marker: ListMarker): { lines: string[]; next: number; innerBlank: boolean } {
  const body = [marker.content];
  let i = start + 1;
  let inFence = FENCE.test(marker.content);
  let innerBlank = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const previousBlank = isBlank(body[body.length - 1]!);
    if (isBlank(line)) body.push('');
    else if (indentOf(line) >= marker.contentIndent) body.push(line.slice(marker.contentIndent));
    else if (!previousBlank && !inFence && listMarker(line) === undefined && !interrupts(lines, i)) body.push(line.trimStart());
    else break;
    if (!isBlank(line) && previousBlank && body.length > 2 && !inFence) innerBlank = true;
    if (FENCE.test(body[body.length - 1]!)) inFence = !inFence;
    i++;
  }
  while (body.length > 1 && isBlank(body[body.length - 1]!)) {
    body.pop();
    i--;
  }
  return { lines: body, next: i, innerBlank };
}

function parseParagraph(lines: readonly string[], start: number, references: Map<string, string>): { block?: Block; next: number } {
  const definition = REFERENCE.exec(lines[start]!);
  if (definition !== null) {
    const label = normaliseLabel(definition[1]!);
    if (!references.has(label)) references.set(label, definition[2]!);
    return { next: start + 1 };
  }
  const text = [lines[start]!.trimStart()];
  let i = start + 1;
  while (i < lines.length) {
    const setext = SETEXT.exec(lines[i]!);
    if (setext !== null) return { block: { kind: 'heading', level: setext[1]!.startsWith('=') ? 1 : 2, text: text.join('\n') }, next: i + 1 };
    if (interrupts(lines, i)) break;
    text.push(lines[i]!.trimStart());
    i++;
  }
  return { block: { kind: 'paragraph', text: text.join('\n') }, next: i };
}

/** A table's row split into cells: on `|` outside code spans and not escaped (`\|` is a literal bar). */
export function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let codeRun = 0;
  const text = line.trim().replace(/^\|/, '');
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (char === '`') {
      let run = 1;
      while (text[i + run] === '`') run++;
      codeRun = codeRun === 0 ? run : codeRun === run ? 0 : codeRun;
      cell += '`'.repeat(run);
      i += run - 1;
    } else if (char === '|' && codeRun === 0) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell.trim() !== '' || !text.trimEnd().endsWith('|')) cells.push(cell.trim());
  return cells;
}

function tableStarts(lines: readonly string[], i: number): boolean {
  const header = lines[i]!;
  const delimiter = lines[i + 1];
  if (!header.includes('|') || delimiter === undefined || !delimiter.includes('-')) return false;
  const cells = splitRow(delimiter);
  return cells.length === splitRow(header).length && cells.every((cell) => TABLE_DELIMITER_CELL.test(cell));
}

function parseTable(lines: readonly string[], start: number): { block: Block; next: number } {
  const header = splitRow(lines[start]!);
  const align = splitRow(lines[start + 1]!).map((cell): Align => {
    if (cell.startsWith(':') && cell.endsWith(':')) return 'center';
    return cell.endsWith(':') ? 'right' : 'left';
  });
  const rows: string[][] = [];
  let i = start + 2;
  while (i < lines.length && lines[i]!.includes('|') && !isBlank(lines[i]!) && !QUOTE.test(lines[i]!) && !FENCE.test(lines[i]!)) {
    const cells = splitRow(lines[i]!);
    rows.push(header.map((_, column) => cells[column] ?? ''));
    i++;
  }
  return { block: { kind: 'table', align, header, rows }, next: i };
}
