import { Chalk } from 'chalk';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { PLAIN, type Style } from '../../../src/report/style.ts';
import { displayWidth } from '../../../src/util/width.ts';
import { REPO } from '../../helpers.ts';

/** A style that shows its marks as tags, so a test can see what was painted and how. */
const TAGS: Style = {
  pass: (text) => `<pass>${text}</pass>`,
  fail: (text) => `<fail>${text}</fail>`,
  warn: (text) => `<warn>${text}</warn>`,
  dim: (text) => `<dim>${text}</dim>`,
  bold: (text) => `<b>${text}</b>`,
  italic: (text) => `<i>${text}</i>`,
  underline: (text) => `<u>${text}</u>`,
  code: (text) => `<code>${text}</code>`,
};

const chalk = new Chalk({ level: 1 });
const COLOUR: Style = {
  pass: chalk.green, fail: chalk.red, warn: chalk.yellow, dim: chalk.dim, bold: chalk.bold,
  italic: chalk.italic, underline: chalk.underline, code: chalk.cyan,
};

const plain = (source: string, width = 80) => renderMarkdown(source, { width, style: PLAIN });
const tagged = (source: string, width = 80) => renderMarkdown(source, { width, style: TAGS }).join('\n');
// Any escape sequence, or any C0/C1 control but newline: what must never come out of a plain rendering.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('markdown: headings and emphasis', () => {
  it('underlines level 1 and 2 headings with a rule as long as the text, and makes every heading bold', () => {
    expect(plain('# Two Sum\n\nText.')).toEqual(['Two Sum', '═══════', '', 'Text.']);
    expect(plain('Setext title\n---')).toEqual(['Setext title', '────────────']);
    expect(tagged('### Constraints')).toBe('<b>Constraints</b>');
    expect(tagged('## Input ##')).toBe('<b>Input</b>\n<dim>─────</dim>');
  });

  it('renders bold, italic and inline code, and drops their markers', () => {
    expect(tagged('a **bold** and *italic* and _also_ with `code`')).toBe('a <b>bold</b> and <i>italic</i> and <i>also</i> with <code>code</code>');
    expect(tagged('***both***')).toBe('<b><i>both</i></b>');
    expect(plain('**not** a `BST`')).toEqual(['not a BST']);
  });

  it('leaves arithmetic, snake_case and escaped markers as they are', () => {
    expect(plain('at most 2 * 10^4 and 3 * 5')).toEqual(['at most 2 * 10^4 and 3 * 5']);
    expect(plain('x_0 = x0 and output_padding = 0')).toEqual(['x_0 = x0 and output_padding = 0']);
    expect(plain('\\*not italic\\* and \\`tick')).toEqual(['*not italic* and `tick']);
    expect(plain('an **unclosed bold')).toEqual(['an **unclosed bold']);
  });

  it('keeps the text of a code span literal: no emphasis inside, a longer fence holds a backtick', () => {
    expect(tagged('`a*b*c` and ``x ` y``')).toBe('<code>a*b*c</code> and <code>x ` y</code>');
  });
});

describe('markdown: wrapping', () => {
  const text = 'The quick brown fox jumps over the lazy dog and keeps running until the end of this long sentence.';

  it('wraps paragraphs at the width, reflowing the source lines, and keeps every word', () => {
    const lines = plain('The quick brown fox\njumps over the lazy dog and keeps running until the end of this long sentence.', 30);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toBe(text);
  });

  it('counts the width without escape sequences', () => {
    const coloured = renderMarkdown(`**${text}** with \`code spans\` in it`, { width: 30, style: COLOUR });
    expect(coloured.join('')).toContain('\u001b[');
    expect(coloured.map(stripVTControlCharacters)).toEqual(plain(`**${text}** with \`code spans\` in it`, 30));
  });

  it('keeps a code span whole when it fits on a line, and breaks a word longer than the width', () => {
    expect(plain('here is `0 <= n <= 200` a bound', 18)).toEqual(['here is', '0 <= n <= 200 a', 'bound']);
    expect(plain('abcdefghijklmnopqrstuvwxyz', 16)).toEqual(['abcdefghijklmnop', 'qrstuvwxyz']);
  });

  it('counts East Asian wide characters as two columns', () => {
    const lines = plain('漢字漢字 漢字漢字 漢字漢字 漢字漢字', 18);
    expect(lines).toEqual(['漢字漢字 漢字漢字', '漢字漢字 漢字漢字']);
    expect(displayWidth(lines[0]!)).toBe(17);
  });

  it('breaks lines where the source has a hard break', () => {
    expect(plain('one  \ntwo\\\nthree')).toEqual(['one', 'two', 'three']);
  });
});

describe('markdown: code blocks', () => {
  it('sets fenced code off with an indent and a bar, and never wraps it', () => {
    const long = 'x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]   ->   210';
    expect(plain(`Before:\n\n\`\`\`ts\n${long}\n\n  indented **not bold**\n\`\`\`\n\nAfter.`, 40)).toEqual([
      'Before:', '', `  │ ${long}`, '  │', '  │   indented **not bold**', '', 'After.',
    ]);
    expect(tagged('```\ncode\n```')).toBe('  <dim>│</dim> code');
  });

  it('treats a four-space indent after a blank line as code', () => {
    expect(plain('the score is\n\n    s[i][j] = (Q[i] · K[j]) / sqrt(d)\n\nand more')).toEqual(['the score is', '', '  │ s[i][j] = (Q[i] · K[j]) / sqrt(d)', '', 'and more']);
  });

  it('runs an unclosed fence to the end', () => {
    expect(plain('```\na\nb')).toEqual(['  │ a', '  │ b']);
  });
});

describe('markdown: lists', () => {
  it('renders bullets with a hanging indent when an item wraps', () => {
    expect(plain('- first item that is long enough to wrap here\n- second', 24)).toEqual([
      '• first item that is',
      '  long enough to wrap',
      '  here',
      '• second',
    ]);
  });

  it('numbers ordered lists from their start, aligning the numbers, with continuation lines in the item', () => {
    const source = Array.from({ length: 10 }, (_, i) => `${i + 1}. item ${i + 1}`).join('\n');
    const lines = plain(source);
    expect(lines[0]).toBe(' 1. item 1');
    expect(lines[9]).toBe('10. item 10');
    expect(plain('3) three\n   continued\n4) four')).toEqual(['3) three continued', '4) four']);
  });

  it('nests lists, with a different bullet per level', () => {
    expect(plain('- outer\n  - inner\n    - deepest\n- again')).toEqual(['• outer', '  ◦ inner', '    ▪ deepest', '• again']);
  });

  it('keeps a blank line between the items of a loose list', () => {
    expect(plain('- a\n\n- b')).toEqual(['• a', '', '• b']);
  });

  it('does not start a list at a number inside a wrapped sentence', () => {
    expect(plain('the answer is at most\n2. That is all.')).toEqual(['the answer is at most 2. That is all.']);
  });

  it('continues an item on a lazy line', () => {
    expect(plain('- a bound that goes on\n(and on)')).toEqual(['• a bound that goes on (and on)']);
  });
});

describe('markdown: tables', () => {
  const table = ['| `name` | value | note |', '|---|:---:|--:|', '| `relu` | **1** | short |', '| `leaky_relu` | 0.01 | a longer note |'].join('\n');

  it('aligns columns and renders inline markup in cells', () => {
    expect(plain(table)).toEqual([
      '┌────────────┬───────┬───────────────┐',
      '│ name       │ value │          note │',
      '├────────────┼───────┼───────────────┤',
      '│ relu       │   1   │         short │',
      '│ leaky_relu │ 0.01  │ a longer note │',
      '└────────────┴───────┴───────────────┘',
    ]);
  });

  it('aligns columns by their width without escape sequences', () => {
    const coloured = renderMarkdown(table, { width: 80, style: COLOUR });
    expect(coloured.join('\n')).toContain(chalk.cyan('leaky_relu'));
    expect(coloured.map(stripVTControlCharacters)).toEqual(plain(table));
  });

  it('wraps cells to fit a narrow width, the widest column giving way first', () => {
    const lines = plain('| a | b |\n|---|---|\n| short | a rather long cell that cannot fit on one line |', 30);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[3]).toBe('│ short │ a rather long cell │');
    expect(lines[4]).toBe('│       │ that cannot fit on │');
  });

  it('keeps a bar inside a code span or escaped as part of the cell', () => {
    expect(plain('| op | meaning |\n|---|---|\n| `a \\| b` | or |\n| `x | y` | also |')[3]).toBe('│ a | b │ or      │');
  });
});

describe('markdown: quotes, links and rules', () => {
  it('marks block quotes with a bar, their content wrapped inside it', () => {
    expect(plain('> quoted text that wraps\n> at the width', 20)).toEqual(['┃ quoted text that', '┃ wraps at the width']);
    expect(plain('> lazy\ncontinuation')).toEqual(['┃ lazy continuation']);
  });

  it('shows a link as its text and its address, dimmed', () => {
    expect(tagged('see [the docs](https://example.com/docs "Docs") now')).toBe('see <u>the docs</u> <dim>(https://example.com/docs)</dim> now');
    expect(plain('see [the docs][ref] and [ref]\n\n[ref]: https://example.com/r')).toEqual(['see the docs (https://example.com/r) and ref (https://example.com/r)']);
    expect(plain('<https://example.com> and a[i][j]')).toEqual(['https://example.com and a[i][j]']);
    expect(plain('![a tree](tree.png)')).toEqual(['image: a tree (tree.png)']);
  });

  it('draws a thematic break across the width', () => {
    expect(plain('a\n\n---\n\nb', 20)).toEqual(['a', '', '─'.repeat(20), '', 'b']);
  });

  it('decodes entities', () => {
    expect(plain('a &lt; b &amp;&amp; c &#8804; d &unknown;')).toEqual(['a < b && c ≤ d &unknown;']);
  });
});

describe('markdown: text from strangers', () => {
  const hostile = [
    '# Title \u001b]0;pwned\u0007',
    'Text \u001b[2J\u001b[31mred\u009b1m and \u202eevil',
    '```\ncode \u001b[31m\n```',
    '| a |\n|---|\n| \u001b[5m |',
    '[link](http://x/\u001b[1m) &#27;[31m &#x9b;',
    'line\r\nending\rhere',
  ].join('\n\n');

  it('writes every control character out as text, whatever block it is in', () => {
    for (const style of [PLAIN, COLOUR]) {
      const out = renderMarkdown(hostile, { width: 80, style }).map(stripVTControlCharacters).join('\n');
      expect(out).not.toMatch(CONTROL);
      expect(out).not.toContain('\u202e');
    }
    const out = plain(hostile).join('\n');
    expect(out).toContain('Title \\u001b]0;pwned\\u0007');
    expect(out).toContain('code \\u001b[31m');
    expect(out).toContain('\\u001b[5m');
    expect(out).toContain('(http://x/\\u001b[1m) \\u001b[31m \\u009b');
    expect(out).toContain('\\u202eevil');
    expect(out).toContain('line ending here');
  });

  it('adds no escape sequence of its own with a plain style', () => {
    const everything = ['# H', '**b** *i* `c` [l](u)', '- x\n- y', '> q', '```\nk\n```', '| a | b |\n|---|---|\n| 1 | 2 |', '---'].join('\n\n');
    expect(plain(everything).join('\n')).not.toMatch(CONTROL);
  });

  it('survives pathological input: thousands of delimiters, brackets, lines and nesting levels', () => {
    expect(plain(`${'*a_'.repeat(20_000)} ${'['.repeat(20_000)} ${'`'.repeat(2000)}`).length).toBeGreaterThan(0);
    expect(plain('a\n'.repeat(50_000)).length).toBeGreaterThan(1000);
    const quotes = plain(`${'> '.repeat(5000)}deep`);
    for (const line of quotes) expect(line).toMatch(/^(┃ ){12}/);
    expect(quotes[quotes.length - 1]).toMatch(/deep$/);
    const lists = plain(Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'));
    expect(lists.join('\n')).toContain('level 1999');
  });
});

describe('markdown: the bundled statements', () => {
  const problems = join(REPO, 'problems');
  const slugs = readdirSync(problems).filter((slug) => readdirSync(join(problems, slug)).includes('statement.md'));

  it.each([80, 40])('render every statement within %i columns, outside code blocks, with no Markdown markers left', (width) => {
    expect(slugs.length).toBeGreaterThan(20);
    for (const slug of slugs) {
      const source = readFileSync(join(problems, slug, 'statement.md'), 'utf8');
      const lines = plain(source, width);
      const prose = lines.filter((line) => !line.startsWith('  │'));
      expect(prose.filter((line) => displayWidth(line) > width), slug).toEqual([]);
      expect(prose.filter((line) => /`|\*\*|^#{1,6} |^\s*[-*] /.test(line)), slug).toEqual([]);
      expect(lines.map(stripVTControlCharacters)).toEqual(lines);
      expect(renderMarkdown(source, { width, style: COLOUR }).map(stripVTControlCharacters), slug).toEqual(lines);
    }
  });
});
