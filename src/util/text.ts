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

/** Compact JSON for messages, with what JSON cannot hold (NaN, Infinity, undefined, bigint) written as in JavaScript. */
export function compactJson(value: unknown, max = 400): string {
  const MARK = '\u0000';
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, item: unknown) => {
        if (typeof item === 'number' && !Number.isFinite(item)) return `${MARK}${String(item)}${MARK}`;
        if (typeof item === 'bigint') return `${MARK}${item}n${MARK}`;
        if (item === undefined) return `${MARK}undefined${MARK}`;
        return item;
      }) ?? 'undefined';
    // The marked strings come back unquoted: NaN, not "NaN".
    text = text.replace(/"\\u0000([^"\\]*)\\u0000"/g, '$1');
  } catch {
    text = '(a value that cannot be shown: it may be cyclic)';
  }
  return truncate(text, max);
}
