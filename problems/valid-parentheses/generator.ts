import type { Random } from 'kata/random';

const OPEN = '([{';
const CLOSE = ')]}';

/** A random balanced string of about `size` characters (size rounded down to even). */
function balanced(random: Random, size: number, openProbability: number): string {
  const half = Math.floor(size / 2);
  let out = '';
  const stack: number[] = [];
  let opened = 0;
  while (out.length < 2 * half) {
    const mustOpen = stack.length === 0;
    const mayOpen = opened < half;
    if (mayOpen && (mustOpen || random.bool(openProbability))) {
      const kind = random.int(0, 2);
      stack.push(kind);
      out += OPEN[kind];
      opened++;
    } else {
      out += CLOSE[stack.pop()!];
    }
  }
  return out;
}

/**
 * seed % 6 chooses the shape:
 * 0: balanced, random nesting;
 * 1: balanced, then one character replaced by another bracket (usually unbalanced);
 * 2: one deep nest: size / 2 openers, then their closers (balanced);
 * 3: balanced, then the last character dropped (unbalanced, odd length);
 * 4: balanced, then two neighbouring characters of different kinds swapped (each kind still counts level);
 * 5: a deep nest whose last closer has the wrong kind.
 */
export function generate(random: Random, size: number): { s: string } {
  const mode = random.seed % 6;
  if (mode === 2 || mode === 5) {
    const half = Math.floor(size / 2);
    const kinds = Array.from({ length: half }, () => random.int(0, 2));
    let s = kinds.map((k) => OPEN[k]).join('') + kinds.reverse().map((k) => CLOSE[k]).join('');
    if (mode === 5 && s.length > 0) {
      const last = CLOSE.indexOf(s[s.length - 1]!);
      s = s.slice(0, -1) + CLOSE[(last + 1 + random.int(0, 1)) % 3];
    }
    return { s };
  }
  const s = balanced(random, size, mode === 0 ? 0.5 : 0.6);
  if (s.length === 0) return { s };
  if (mode === 1) {
    const i = random.int(0, s.length - 1);
    const all = OPEN + CLOSE;
    const replacement = all[(all.indexOf(s[i]!) + random.int(1, 5)) % 6]!;
    return { s: s.slice(0, i) + replacement + s.slice(i + 1) };
  }
  if (mode === 3) return { s: s.slice(0, -1) };
  if (mode === 4) {
    for (let tries = 0; tries < 100; tries++) {
      const i = random.int(0, s.length - 2);
      const a = s[i]!;
      const b = s[i + 1]!;
      const kindA = (OPEN + CLOSE).indexOf(a) % 3;
      const kindB = (OPEN + CLOSE).indexOf(b) % 3;
      if (kindA !== kindB) return { s: s.slice(0, i) + b + a + s.slice(i + 2) };
    }
  }
  return { s };
}
