/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidates closest to `word`, best first. A typo anywhere counts (`knapsak`), and so does a
 * prefix (`merge` for `merge-sorted-array`), but a close match always ranks above a mere substring.
 */
export function closestMatches(word: string, candidates: readonly string[], max = 3): string[] {
  const scored = candidates.map((candidate) => {
    const whole = editDistance(word, candidate);
    const prefix = editDistance(word, candidate.slice(0, word.length)) + 1;
    const substring = candidate.includes(word) || word.includes(candidate) ? Math.abs(candidate.length - word.length) : Infinity;
    return { candidate, score: Math.min(whole, prefix, substring) };
  });
  const close = scored.filter(({ score }) => score <= Math.max(2, Math.floor(word.length / 3)));
  close.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return close.slice(0, max).map(({ candidate }) => candidate);
}

/** Cuts `text` to at most `max` characters, saying how much was dropped. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/**
 * Compact JSON for messages, with what JSON cannot hold (NaN, Infinity, undefined, bigint) written as in
 * JavaScript. It stops once `max` characters are written, so a huge answer (or one that shares a part
 * millions of times) costs no more than its first `max` characters.
 */
export function compactJson(value: unknown, max = 400): string {
  const out: string[] = [];
  let length = 0;
  const emit = (text: string) => {
    out.push(text);
    length += text.length;
    return length <= max;
  };
  const write = (item: unknown, seen: Set<unknown>): boolean => {
    if (typeof item === 'number') return emit(Number.isFinite(item) ? JSON.stringify(item) : String(item));
    if (typeof item === 'bigint') return emit(`${item}n`);
    if (item === undefined) return emit('undefined');
    if (typeof item !== 'object' || item === null) return emit(JSON.stringify(item) ?? String(item));
    if (seen.has(item)) return emit('(cycle)');
    seen.add(item);
    // Typed arrays are written as arrays; keys are taken one at a time (for...in), never listed whole:
    // a 12-million-element answer must cost no more than its first `max` characters.
    const isArray = Array.isArray(item) || ArrayBuffer.isView(item);
    if (!emit(isArray ? '[' : '{')) return false;
    if (isArray) {
      const list = item as ArrayLike<unknown>;
      for (let i = 0; i < list.length; i++) {
        if ((i > 0 && !emit(',')) || !write(list[i], seen)) return false;
      }
    } else {
      let first = true;
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue;
        if ((!first && !emit(',')) || !emit(`${JSON.stringify(key)}:`) || !write((item as Record<string, unknown>)[key], seen)) return false;
        first = false;
      }
    }
    seen.delete(item);
    return emit(isArray ? ']' : '}');
  };
  let complete: boolean;
  try {
    complete = write(value, new Set());
  } catch {
    return '(a value too deeply nested to show)';
  }
  const text = out.join('');
  return complete ? text : `${text.slice(0, max)}…`;
}

/** The 1-based line and column of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Problem slugs: lowercase letters and digits joined by hyphens, e.g. knapsack-01. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "two-fer" -> "Two Fer". */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** Control characters a terminal would act on (C0 but tab and newline, DEL, C1) and bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** At most this much of any text a solution chose reaches a report. */
export const SHOWN_TEXT_CAP = 4000;

/**
 * Text a solution chose (an error message, what it printed), made safe for a terminal and a report:
 * escape sequences cannot redraw the screen, and a 20 MB message costs no more than its first lines.
 */
export function safeText(text: string, max = SHOWN_TEXT_CAP): string {
  return escapeControls(truncate(text.length > max * 2 ? text.slice(0, max * 2) : text, max));
}

/** Text someone else wrote (a problem statement), whole, with every character a terminal would act on written out as text (ESC as `\u001b`). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The word for `count` of a thing: `plural(1, 'case')` is "case", `plural(2, 'case')` "cases". */
export function plural(count: number, word: string, many = `${word}s`): string {
  return count === 1 ? word : many;
}

/** `count` things, every one of them: "the 1 case", "all 2 cases". */
export function everyOne(count: number, word: string): string {
  return count === 1 ? `the 1 ${word}` : `all ${count} ${plural(count, word)}`;
}
