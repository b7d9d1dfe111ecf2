import type { Random } from 'kata/random';

/** Every printable ASCII character, codes 32 (space) to 126 (~). */
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/**
 * A string of `size` printable ASCII characters.
 * seed % 4 = 0: uniform over all 95 characters;
 * seed % 4 = 1: a 4-letter alphabet, so repeats come quickly;
 * seed % 4 = 2: shuffled copies of all 95 characters back to back, so windows reach 95;
 * seed % 4 = 3: runs of one repeated character between stretches of a 30-letter alphabet.
 */
export function generate(random: Random, size: number): { s: string } {
  const mode = random.seed % 4;
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let part: string;
    if (mode === 0) part = random.string(1000, PRINTABLE);
    else if (mode === 1) part = random.string(1000, 'ab c');
    else if (mode === 2) part = random.shuffle([...PRINTABLE]).join('');
    else part = random.pick(['#', 'z', ' ']).repeat(random.int(1, 50)) + random.string(random.int(1, 200), PRINTABLE.slice(40, 70));
    parts.push(part);
    length += part.length;
  }
  return { s: parts.join('').slice(0, size) };
}
