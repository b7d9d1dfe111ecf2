/** `kata show`: the statement rendered for the terminal, or as Markdown with --raw. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, kataWithEnv } from '../helpers.ts';
import { displayWidth } from '../../src/util/width.ts';

const STATEMENT = [
  '# Add Two Numbers',
  '',
  'Return **the sum** of `a` and `b`, which is *never* larger than `2 * 10^9` in magnitude, so an ordinary number holds it exactly and nothing can overflow.',
  '',
  '| name | range |',
  '|---|---|',
  '| `a` | `-10^9 <= a <= 10^9` |',
  '',
  '- first bullet, long enough to be wrapped onto a second line at forty columns',
  '- see [the guide](https://example.com/guide)',
  '',
  '```',
  'a = 1, b = 2   ->   3   (a code line longer than forty columns stays whole)',
  '```',
  '',
  'A hostile title change: \u001b]0;pwned\u0007 and a colour \u001b[31m.',
].join('\n');

describe('kata show', () => {
  const ws = copyWorkspace();
  writeFileSync(join(ws, 'problems', 'add', 'statement.md'), STATEMENT);

  it('renders the statement: markers gone, table drawn, lines wrapped to --width, then signature and examples', () => {
    const result = kata(ws, 'show', 'add', '--width', '40');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Add Two Numbers\n═══════════════');
    expect(out).toContain('Return the sum of a and b, which is\nnever larger than 2 * 10^9 in magnitude,');
    expect(out).not.toMatch(/\*\*|`|^# |^- /m);
    expect(out).toContain('│ a    │ -10^9 <= a <= 10^9 │');
    expect(out).toContain('• first bullet, long enough to be\n  wrapped onto a second line at forty\n  columns');
    expect(out).toContain('• see the guide\n  (https://example.com/guide)');
    expect(out).toContain('  │ a = 1, b = 2   ->   3   (a code line longer than forty columns stays whole)');
    const prose = out.split('\n').filter((line) => !line.startsWith('  '));
    for (const line of prose) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
    expect(out.indexOf('Signature')).toBeGreaterThan(out.indexOf('first bullet'));
    expect(out).toContain('function add(a: number, b: number): number');
    expect(out).toContain('a = 1, b = 2');
  });

  it('does not print again an example the statement already shows; the others keep their kata test numbers', () => {
    const file = join(ws, 'problems', 'add', 'statement.md');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, 'Add a and b.\n\n```\na = 1, b = 2   ->   3\n```\n');
      const out = kata(ws, 'show', 'add').stdout;
      expect(out).toContain('More examples (besides the 1 shown above)\n  2. a = -4, b = 4\n     -> 0');
      expect(out).not.toMatch(/^ {2}1\. a = 1, b = 2$/m);
      writeFileSync(file, 'Add a and b.\n\n```\na = 1, b = 2   ->   3\na = -4, b = 4   ->   0\n```\n');
      expect(kata(ws, 'show', 'add').stdout).toContain('Examples: the 2 shown above (kata test runs them)');
    } finally {
      writeFileSync(file, before);
    }
  });

  it('wraps to 80 columns when output is not a terminal', () => {
    const lines = kata(ws, 'show', 'add').stdout.split('\n');
    expect(lines).toContain('Return the sum of a and b, which is never larger than 2 * 10^9 in magnitude, so');
  });

  it('prints the statement as Markdown with --raw', () => {
    const result = kata(ws, 'show', 'add', '--raw');
    expect(result.status).toBe(0);
    const expected = STATEMENT.replace('\u001b]0;pwned\u0007', '\\u001b]0;pwned\\u0007').replace('\u001b[31m', '\\u001b[31m');
    expect(result.stdout).toContain(expected);
    expect(result.stdout).toContain('function add(a: number, b: number): number');
  });

  it('never lets the statement send an escape sequence, with or without colour or --raw', () => {
    for (const args of [[], ['--raw']]) {
      const plain = kata(ws, 'show', 'add', ...args).stdout;
      expect(plain).not.toContain('\u001b');
      expect(plain).not.toContain('\u0007');
      expect(plain).toContain('\\u001b]0;pwned\\u0007');
      const coloured = kataWithEnv(ws, { FORCE_COLOR: '1' }, 'show', 'add', ...args).stdout;
      expect(coloured).toContain('\u001b[');
      expect(coloured).not.toContain('\u001b]');
      expect(coloured).not.toContain('\u0007');
      expect(stripVTControlCharacters(coloured)).toContain('\\u001b[31m');
    }
  });

  it('draws the same text with colour as without, only painted', () => {
    const plain = kata(ws, 'show', 'add', '--width', '50').stdout;
    const coloured = kataWithEnv(ws, { FORCE_COLOR: '1' }, 'show', 'add', '--width', '50').stdout;
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('refuses a width that is not a usable number of columns, with exit 2', () => {
    for (const width of ['0', 'wide', '12.5', '1e2', '100000']) {
      const result = kata(ws, 'show', 'add', '--width', width);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`--width must be a whole number from 20 to 1000, not "${width}"`);
    }
  });

  it('leaves the statement file as it was', () => {
    expect(readFileSync(join(ws, 'problems', 'add', 'statement.md'), 'utf8')).toBe(STATEMENT);
  });
});
