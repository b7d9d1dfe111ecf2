import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance, everyOne, plural, safeText, truncate } from '../../../src/util/text.ts';

describe('text helpers', () => {
  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests close slugs, nearest first, and nothing for a far one', () => {
    const slugs = ['knapsack-01', 'merge-sorted-array', 'lowest-common-ancestor'];
    expect(closestMatches('knapsak-01', slugs)).toEqual(['knapsack-01']);
    expect(closestMatches('merge', slugs)).toEqual(['merge-sorted-array']);
    expect(closestMatches('zzzz', slugs)).toEqual([]);
  });

  it('truncates with a count of what was cut', () => {
    expect(truncate('abcdef', 3)).toBe('abc… (3 more characters)');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('safeText', () => {
  it('escapes what a terminal would act on, and keeps newlines and tabs', () => {
    expect(safeText('\u001b[2Jfake AC\u0007')).toBe('\\u001b[2Jfake AC\\u0007');
    expect(safeText('a\u009b2Jb')).toBe('a\\u009b2Jb');
    expect(safeText('right\u202eleft')).toBe('right\\u202eleft');
    expect(safeText('line 1\n\tline 2')).toBe('line 1\n\tline 2');
  });

  it('bounds the text, saying how much was cut, without reading all of a huge one', () => {
    const shown = safeText('x'.repeat(20_000_000), 100);
    expect(shown.startsWith('x'.repeat(100))).toBe(true);
    expect(shown.length).toBeLessThan(140);
  });
});

describe('plural and everyOne', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    expect(`1 ${plural(1, 'case')}`).toBe('1 case');
    expect(`0 ${plural(0, 'case')}`).toBe('0 cases');
    expect(plural(2, 'is', 'are')).toBe('are');
    expect(everyOne(1, 'case')).toBe('the 1 case');
    expect(everyOne(2, 'case')).toBe('all 2 cases');
  });
});
