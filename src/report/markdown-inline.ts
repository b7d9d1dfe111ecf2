/**
 * The inline half of the statement renderer: turns the text of one paragraph, heading or table cell
 * into spans of text with marks (bold, italic, code, link). A small CommonMark subset: code spans,
 * backslash escapes, `*` and `_` emphasis with the flanking rules (so `2 * 10^4` and `x_n` stay as they
 * are), inline and reference links, images, autolinks, entities and hard line breaks. Inline HTML is
 * shown as written.
 */
import { escapeControls } from '../util/text.ts';

export interface Marks {
  bold?: true;
  italic?: true;
  code?: true;
  /** The text of a link. */
  link?: true;
  /** A link's address, shown after its text. */
  url?: true;
}

export type Span = { text: string; marks: Marks } | { break: true };

/** Link reference definitions (`[label]: url`), by normalised label. */
export type References = ReadonlyMap<string, string>;

type Emphasis = 'bold' | 'italic';

interface Delimiter {
  kind: 'delimiter';
  char: '*' | '_';
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
  opens: Emphasis[];
  closes: Emphasis[];
}

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'break' }
  | { kind: 'link'; children: Token[]; url: string; image: boolean }
  | Delimiter;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;
/** How far a link's text may reach: bounds the work an unclosed `[` costs. */
const LINK_TEXT_LIMIT = 1000;

export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The spans of one block's inline text (its lines joined by newlines). */
export function parseInline(source: string, references: References = new Map()): Span[] {
  const spans: Span[] = [];
  appendSpans(scan(source, references, true), {}, spans);
  return spans;
}

function scan(source: string, references: References, linksAllowed: boolean): Token[] {
  const tokens: Token[] = [];
  const context: ScanContext = { source, references, linksAllowed, backticks: new BacktickRuns(source) };
  let text = '';
  let i = 0;
  while (i < source.length) {
    const step = readSpecial(context, i);
    if (step === undefined) {
      text += source[i];
      i++;
      continue;
    }
    if (step.trim !== undefined && step.trim > 0) text = text.slice(0, Math.max(0, text.length - step.trim));
    if (step.text !== undefined) text += step.text;
    if (step.token !== undefined) {
      if (text !== '') tokens.push({ kind: 'text', text });
      text = '';
      tokens.push(step.token);
    }
    i = step.end;
  }
  if (text !== '') tokens.push({ kind: 'text', text });
  matchEmphasis(tokens.filter((token): token is Delimiter => token.kind === 'delimiter'));
  return tokens;
}

interface ScanContext {
  source: string;
  references: References;
  linksAllowed: boolean;
  backticks: BacktickRuns;
}

/** What the character at `i` starts: text to add, a token, both, or (undefined) nothing special. */
interface Step {
  end: number;
  text?: string;
  token?: Token;
  /** Trailing spaces to take off the text so far (before a line break). */
  trim?: number;
}

function readSpecial(context: ScanContext, i: number): Step | undefined {
  const { source } = context;
  const char = source[i]!;
  const next = source[i + 1];
  switch (char) {
    case '\\':
      if (next === '\n') return { token: { kind: 'break' }, trim: trailingSpaces(source, i), end: skipSpaces(source, i + 2) };
      return next !== undefined && ASCII_PUNCTUATION.test(next) ? { text: next, end: i + 2 } : undefined;
    case '`':
      return readCode(context, i);
    case '*':
    case '_': {
      const delimiter = delimiterRun(source, i);
      return { token: delimiter, end: i + delimiter.count };
    }
    case '!':
    case '[': {
      if (!context.linksAllowed || (char === '!' && next !== '[')) return undefined;
      const link = matchLink(source, i, context.references);
      if (link === undefined) return undefined;
      return { token: { kind: 'link', children: scan(link.label, context.references, false), url: link.url, image: char === '!' }, end: link.end };
    }
    case '<':
      return matchAngle(source, i);
    case '&':
      return matchEntity(source, i);
    case '\n': {
      // Two spaces before a newline make a hard break; otherwise the newline is a space.
      const spaces = trailingSpaces(source, i);
      const end = skipSpaces(source, i + 1);
      return spaces >= 2 ? { token: { kind: 'break' }, trim: spaces, end } : { text: ' ', trim: spaces, end };
    }
    default:
      return undefined;
  }
}

/** A code span, or a run of backticks that closes nowhere (then it is text). */
function readCode(context: ScanContext, i: number): Step {
  const { source } = context;
  const length = runLength(source, i);
  const close = context.backticks.next(length, i + length);
  if (close < 0) return { text: '`'.repeat(length), end: i + length };
  return { token: { kind: 'code', text: codeContent(source.slice(i + length, close)) }, end: close + length };
}

/** The spaces just before `i` in the source: read there, since touching the growing text would cost a copy per line. */
function trailingSpaces(source: string, i: number): number {
  let spaces = 0;
  while (source[i - 1 - spaces] === ' ') spaces++;
  return spaces;
}

function skipSpaces(source: string, from: number): number {
  let i = from;
  while (source[i] === ' ') i++;
  return i;
}

function runLength(source: string, from: number): number {
  let end = from;
  while (source[end] === source[from]) end++;
  return end - from;
}

/** Where each run of backticks starts, by its length: finding a code span's closing run costs a lookup, not a scan. */
class BacktickRuns {
  private readonly starts = new Map<number, number[]>();

  constructor(source: string) {
    for (let i = source.indexOf('`'); i >= 0; i = source.indexOf('`', i)) {
      const length = runLength(source, i);
      const list = this.starts.get(length) ?? [];
      list.push(i);
      this.starts.set(length, list);
      i += length;
    }
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. */
  next(length: number, from: number): number {
    const list = this.starts.get(length) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle]! < from) low = middle + 1;
      else high = middle;
    }
    return list[low] ?? -1;
  }
}

function codeContent(raw: string): string {
  const text = raw.replace(/\n/g, ' ');
  return text.length > 1 && text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '' ? text.slice(1, -1) : text;
}

/** A run of `*` or `_`, and whether it may open or close emphasis (CommonMark's flanking rules). */
function delimiterRun(source: string, from: number): Delimiter {
  const char = source[from] as '*' | '_';
  const count = runLength(source, from);
  const before = Array.from(source.slice(Math.max(0, from - 2), from)).pop() ?? ' ';
  const after = String.fromCodePoint(source.codePointAt(from + count) ?? 32);
  const beforeSpace = WHITESPACE.test(before);
  const afterSpace = WHITESPACE.test(after);
  const beforePunctuation = PUNCTUATION.test(before);
  const afterPunctuation = PUNCTUATION.test(after);
  const left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
  const right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
  // `_` inside a word (snake_case, x_n) is never emphasis.
  const canOpen = char === '*' ? left : left && (!right || beforePunctuation);
  const canClose = char === '*' ? right : right && (!left || afterPunctuation);
  return { kind: 'delimiter', char, count, original: count, canOpen, canClose, opens: [], closes: [] };
}

/**
 * CommonMark's "process emphasis": pairs each closing run with the nearest opening run of the same
 * character, two characters (bold) when both have them, else one (italic). Runs between a matched pair
 * drop out. `previous` is a linked list of the runs still in play; `floor` remembers where a search
 * already failed, so a paragraph of a thousand lone `*` costs linear time.
 */
function matchEmphasis(delimiters: Delimiter[]): void {
  const previous = delimiters.map((_, index) => index - 1);
  const floor = new Map<string, number>();
  delimiters.forEach((closer, index) => {
    while (closer.canClose && closer.count > 0) {
      const key = `${closer.char}${closer.canOpen}${closer.original % 3}`;
      let opener = previous[index]!;
      while (opener > (floor.get(key) ?? -1) && !canPair(delimiters[opener]!, closer)) opener = previous[opener]!;
      if (opener <= (floor.get(key) ?? -1)) {
        floor.set(key, previous[index]!);
        break;
      }
      const open = delimiters[opener]!;
      const emphasis: Emphasis = open.count >= 2 && closer.count >= 2 ? 'bold' : 'italic';
      const used = emphasis === 'bold' ? 2 : 1;
      open.count -= used;
      closer.count -= used;
      open.opens.push(emphasis);
      closer.closes.push(emphasis);
      previous[index] = open.count > 0 ? opener : previous[opener]!;
    }
    if (index + 1 < delimiters.length && (closer.count === 0 || !closer.canOpen)) previous[index + 1] = previous[index]!;
  });
}

function canPair(opener: Delimiter, closer: Delimiter): boolean {
  if (opener.char !== closer.char || !opener.canOpen || opener.count === 0) return false;
  const sum = opener.original + closer.original;
  const ruleOfThree = (opener.canClose || closer.canOpen) && sum % 3 === 0 && !(opener.original % 3 === 0 && closer.original % 3 === 0);
  return !ruleOfThree;
}

function appendSpans(tokens: Token[], base: Marks, out: Span[]): void {
  const depth = { bold: 0, italic: 0 };
  const marks = (): Marks => ({ ...base, ...(depth.bold > 0 && { bold: true }), ...(depth.italic > 0 && { italic: true }) });
  for (const token of tokens) {
    if (token.kind === 'text') out.push({ text: token.text, marks: marks() });
    else if (token.kind === 'code') out.push({ text: token.text, marks: { ...marks(), code: true } });
    else if (token.kind === 'break') out.push({ break: true });
    else if (token.kind === 'link') appendLink(token, marks(), out);
    else {
      // A run closes on its inner (left) side and opens on its inner (right) side; what is left is literal.
      for (const emphasis of token.closes) depth[emphasis]--;
      if (token.count > 0) out.push({ text: token.char.repeat(token.count), marks: marks() });
      for (const emphasis of [...token.opens].reverse()) depth[emphasis]++;
    }
  }
}

/** A link's text, then its address dimmed unless the text already says it; an image by its description. */
function appendLink(link: Extract<Token, { kind: 'link' }>, marks: Marks, out: Span[]): void {
  const start = out.length;
  if (link.image) out.push({ text: 'image: ', marks: { ...marks, url: true } });
  appendSpans(link.children, { ...marks, link: true }, out);
  const shown = out.slice(start).map((span) => ('text' in span ? span.text : ' ')).join('');
  if (link.url === '' || shown === link.url || shown === link.url.replace(/^mailto:/, '')) return;
  out.push({ text: ' ', marks }, { text: `(${link.url})`, marks: { url: true } });
}

interface LinkMatch {
  label: string;
  url: string;
  end: number;
}

function matchLink(source: string, from: number, references: References): LinkMatch | undefined {
  const open = source[from] === '!' ? from + 1 : from;
  const close = closingBracket(source, open);
  if (close < 0) return undefined;
  const label = source.slice(open + 1, close);
  if (source[close + 1] === '(') {
    const inline = inlineDestination(source, close + 1);
    if (inline !== undefined) return { label, ...inline };
  }
  let reference = label;
  let end = close + 1;
  if (source[end] === '[') {
    const referenceClose = closingBracket(source, end);
    if (referenceClose < 0) return undefined;
    const named = source.slice(end + 1, referenceClose);
    if (named.trim() !== '') reference = named;
    end = referenceClose + 1;
  }
  const url = references.get(normaliseLabel(reference));
  return url === undefined ? undefined : { label, url, end };
}

/** The `]` that closes the `[` at `open` (nested brackets, escapes and code spans skipped), or -1. */
function closingBracket(source: string, open: number): number {
  let depth = 0;
  const limit = Math.min(source.length, open + LINK_TEXT_LIMIT);
  for (let i = open + 1; i < limit; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '`') {
      const length = runLength(source, i);
      const close = source.indexOf('`'.repeat(length), i + length);
      if (close > 0 && close < limit) i = close + length - 1;
      else i += length - 1;
    } else if (char === '[') depth++;
    else if (char === ']' && depth-- === 0) return i;
  }
  return -1;
}

/** `(url "title")` after a link's text: the address, and where the link ends. */
function inlineDestination(source: string, paren: number): { url: string; end: number } | undefined {
  const match = /^\(\s*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:\s+("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\((?:\\.|[^()\\])*\)))?\s*\)/.exec(
    source.slice(paren, paren + LINK_TEXT_LIMIT),
  );
  if (match === null) return undefined;
  const url = (match[1] ?? match[2] ?? '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return { url, end: paren + match[0].length };
}

const AUTOLINK = /^<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/;
const EMAIL = /^<([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/;
const LINE_BREAK_TAG = /^<br\s*\/?>/i;

/** An autolink, an e-mail address or `<br>` at `from`; other HTML stays text. */
function matchAngle(source: string, from: number): Step | undefined {
  const rest = source.slice(from, from + 300);
  const tag = LINE_BREAK_TAG.exec(rest);
  if (tag !== null) return { token: { kind: 'break' }, end: from + tag[0].length };
  const uri = AUTOLINK.exec(rest);
  const link = uri ?? EMAIL.exec(rest);
  if (link === null) return undefined;
  const address = link[1]!;
  const url = uri === null ? `mailto:${address}` : address;
  return { token: { kind: 'link', children: [{ kind: 'text', text: address }], url, image: false }, end: from + link[0].length };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', deg: '°',
  times: '×', divide: '÷', minus: '−', plusmn: '±', le: '≤', ge: '≥', ne: '≠', asymp: '≈', infin: '∞',
  hellip: '…', mdash: '—', ndash: '–', middot: '·', bull: '•', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
  harr: '↔', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', sum: '∑', prod: '∏', radic: '√',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', theta: 'θ',
};

/** `&amp;`, `&#960;`, `&#x3C0;`: decoded, except into a control character (which stays escaped). */
function matchEntity(source: string, from: number): Step | undefined {
  const match = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/.exec(source.slice(from, from + 40));
  if (match === null) return undefined;
  const end = from + match[0].length;
  if (match[3] !== undefined) {
    const named = NAMED_ENTITIES[match[3]];
    return named === undefined ? undefined : { text: named, end };
  }
  const codePoint = match[1] !== undefined ? Number(match[1]) : Number.parseInt(match[2]!, 16);
  const valid = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
  return { text: valid ? escapeControls(String.fromCodePoint(codePoint)) : '\ufffd', end };
}
