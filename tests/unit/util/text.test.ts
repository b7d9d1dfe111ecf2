import { describe, expect, it } from 'vitest';
import { closestMatches, editDistance, truncate } from '../../../src/util/text.ts';

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
