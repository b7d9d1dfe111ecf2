/**
 * Problem statements, rendered for a terminal: headings, emphasis, code, lists, tables, quotes and
 * links, with paragraphs wrapped to the width. With a plain style the result is plain text with no
 * escape sequence at all, so it reads the same in a pipe or a file.
 *
 * Statements may come from strangers (imported packages), so every character a terminal would act on
 * is written out as text before anything else happens: only the style adds escape sequences.
 */
import { escapeControls } from '../util/text.ts';
import { parseBlocks, type Block } from './markdown-blocks.ts';
import { parseInline, type References } from './markdown-inline.ts';
import { renderTable } from './markdown-table.ts';
import { wrap } from './markdown-wrap.ts';
import type { Style } from './style.ts';

export interface MarkdownOptions {
  /** The columns a line may take. Code blocks are never wrapped and may go past it. */
  width: number;
  style: Style;
}

/** Below this, nested blocks stop narrowing: an overflowing line reads better than one word per line. */
const NARROWEST_TEXT = 16;
const BULLETS = ['•', '◦', '▪'];
const TAB_STOP = 4;

/** The lines of a rendered Markdown document. */
export function renderMarkdown(source: string, options: MarkdownOptions): string[] {
  const references = new Map<string, string>();
  const blocks = parseBlocks(markdownLines(source), references);
  return new Renderer(options.style, references).blocks(blocks, Math.max(NARROWEST_TEXT, options.width), 0, false);
}

/** Markdown as it is, but safe to print: line endings normalised and control characters written out. */
export function safeMarkdown(source: string): string {
  return escapeControls(source.replace(/\r\n?/g, '\n'));
}

function markdownLines(source: string): string[] {
  return safeMarkdown(source).split('\n').map(expandTabs);
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : char;
  return out;
}

class Renderer {
  constructor(
    private readonly style: Style,
    private readonly references: References,
  ) {}

  /** Blocks one after another: a blank line between them, none inside a tight list item. */
  blocks(blocks: readonly Block[], width: number, depth: number, tight: boolean): string[] {
    const out: string[] = [];
    blocks.forEach((block, index) => {
      if (index > 0 && !tight) out.push('');
      out.push(...this.block(block, width, depth));
    });
    return out;
  }

  private block(block: Block, width: number, depth: number): string[] {
    switch (block.kind) {
      case 'paragraph':
        return this.text(block.text, width);
      case 'heading':
        return this.heading(block.level, block.text, width);
      case 'code':
        return this.code(block.lines);
      case 'quote':
        return this.indent(this.blocks(block.blocks, this.inner(width, 2), depth, false), this.style.dim('┃ '), this.style.dim('┃ '));
      case 'list':
        return this.list(block, width, depth);
      case 'table':
        return renderTable(block, width, this.style, this.references);
      case 'rule':
        return [this.style.dim('─'.repeat(width))];
    }
  }

  private text(text: string, width: number): string[] {
    return wrap(parseInline(text, this.references), width, this.style).map((line) => line.text);
  }

  /** Level 1 and 2 are underlined with a rule as long as the heading, so they stand out without colour too. */
  private heading(level: number, text: string, width: number): string[] {
    const lines = wrap(parseInline(text, this.references), width, this.style, { bold: true });
    const rule = level === 1 ? '═' : '─';
    if (level > 2 || lines.length === 0) return lines.map((line) => line.text);
    const longest = Math.max(...lines.map((line) => line.width));
    return [...lines.map((line) => line.text), this.style.dim(rule.repeat(longest))];
  }

  /** Set off by an indent and a dim bar; never wrapped, since a wrapped line of code means something else. */
  private code(lines: readonly string[]): string[] {
    const bar = this.style.dim('│');
    return (lines.length > 0 ? lines : ['']).map((line) => (line === '' ? `  ${bar}` : `  ${bar} ${line.trimEnd()}`));
  }

  private list(list: Extract<Block, { kind: 'list' }>, width: number, depth: number): string[] {
    const markers = list.items.map((_, index) => (list.ordered ? `${list.start + index}${list.delimiter}` : BULLETS[depth % BULLETS.length]!));
    const markerWidth = Math.max(...markers.map((marker) => marker.length)) + 1;
    const out: string[] = [];
    list.items.forEach((item, index) => {
      if (index > 0 && list.loose) out.push('');
      const lines = this.blocks(item, this.inner(width, markerWidth), depth + 1, !list.loose);
      const marker = `${markers[index]!.padStart(markerWidth - 1)} `;
      out.push(...this.indent(lines.length > 0 ? lines : [''], list.ordered ? marker : this.style.dim(marker), ' '.repeat(markerWidth)));
    });
    return out;
  }

  private inner(width: number, indent: number): number {
    return Math.max(NARROWEST_TEXT, width - indent);
  }

  /** Prefixes the first line with `first` and the rest with `rest` (a hanging indent); blank lines stay blank. */
  private indent(lines: readonly string[], first: string, rest: string): string[] {
    return lines.map((line, index) => {
      const prefix = index === 0 ? first : rest;
      return line === '' && prefix.trim() === '' ? '' : `${prefix}${line}`.trimEnd();
    });
  }
}
