import type { Random } from 'kata/random';

/**
 * Two words of about `size` lowercase letters. The seed picks the shape:
 * - seed % 3 == 0: two independent random words of length `size`;
 * - seed % 3 == 1: word2 is word1 (over "abc") after about size/20 random edits, so the distance is small;
 * - seed % 3 == 2: word1 of length `size`, word2 of length size/3 over a 4-letter alphabet.
 */
export function generate(random: Random, size: number): { word1: string; word2: string } {
  const mode = random.seed % 3;
  if (mode === 1) {
    const word1 = random.string(size, 'abc');
    const letters = word1.split('');
    const edits = Math.max(1, Math.floor(size / 20));
    for (let edit = 0; edit < edits; edit++) {
      const kind = random.int(0, 2);
      const at = random.int(0, letters.length);
      if (kind === 0) letters.splice(at, 0, random.pick(['a', 'b', 'c']));
      else if (at < letters.length && kind === 1) letters.splice(at, 1);
      else if (at < letters.length) letters[at] = random.pick(['a', 'b', 'c']);
    }
    return { word1, word2: letters.join('').slice(0, 2000) };
  }
  if (mode === 2) return { word1: random.string(size, 'acgt'), word2: random.string(Math.floor(size / 3), 'acgt') };
  return { word1: random.string(size), word2: random.string(size) };
}
