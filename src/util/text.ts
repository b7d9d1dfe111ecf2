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

/** The candidates closest to `word`, best first; substrings count as close. */
export function closestMatches(word: string, candidates: readonly string[], max = 3): string[] {
  const scored = candidates
    .map((candidate) => {
      const contains = candidate.includes(word) || word.includes(candidate);
      return { candidate, score: contains ? 0 : editDistance(word, candidate) };
    })
    .filter(({ candidate, score }) => score <= Math.max(2, Math.floor(candidate.length / 3)));
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map(({ candidate }) => candidate);
}

/** Cuts `text` to at most `max` characters, saying how much was dropped. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** Compact JSON for messages, with what JSON cannot hold (NaN, undefined, bigint, cycles) spelled out. */
export function compactJson(value: unknown, max = 400): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, item: unknown) => {
        if (typeof item === 'number' && !Number.isFinite(item)) return String(item);
        if (typeof item === 'bigint') return `${item}n`;
        if (item === undefined) return 'undefined';
        return item;
      }) ?? 'undefined';
  } catch {
    text = '(a value that cannot be shown: it may be cyclic)';
  }
  return truncate(text, max);
}
