import { describe, expect, it } from 'vitest';
import { compareAnswer, floatsClose } from '../../../src/judge/compare.ts';
import { parseType } from '../../../src/problem/types.ts';

const t = parseType;

describe('compareAnswer', () => {
  it('is exact for ints, strings, bools and arrays', () => {
    expect(compareAnswer(t('int'), 3, 3)).toBeNull();
    expect(compareAnswer(t('int'), 3, 4)).toMatchObject({ path: '', expected: 3, actual: 4 });
    expect(compareAnswer(t('string'), 'a', 'a')).toBeNull();
    expect(compareAnswer(t('bool'), true, false)).not.toBeNull();
    expect(compareAnswer(t('int[][]'), [[1, 2], [3]], [[1, 2], [4]])).toMatchObject({ path: '[1][0]', expected: 3, actual: 4 });
    expect(compareAnswer(t('int[]'), [1, 2], [1, 2, 3])).toMatchObject({ path: '' });
  });

  it('rejects an answer of the wrong type, naming what came back', () => {
    expect(compareAnswer(t('int'), 3, '3')?.typeProblem).toBe('answer: expected int, got a string');
    expect(compareAnswer(t('int'), 3, undefined)?.typeProblem).toBe('answer: expected int, got undefined');
    expect(compareAnswer(t('float'), 0, NaN)?.typeProblem).toBe('answer: expected float, got NaN');
    expect(compareAnswer(t('int'), 3, 3n)?.typeProblem).toBe('answer: expected int, got a bigint');
    expect(compareAnswer(t('int | null'), null, 0)).not.toBeNull();
  });

  it('compares floats within either tolerance', () => {
    expect(compareAnswer(t('float'), 1, 1 + 1e-9)).toBeNull();
    expect(compareAnswer(t('float'), 1e9, 1e9 + 1)).toBeNull();
    expect(compareAnswer(t('float'), 1, 1.001)).not.toBeNull();
    expect(floatsClose(0, 1e-7, { abs: 1e-6, rel: 0 })).toBe(true);
    expect(floatsClose(100, 100.5, { abs: 0, rel: 1e-2 })).toBe(true);
    expect(floatsClose(100, 102, { abs: 1, rel: 1e-2 })).toBe(false);
  });

  it('compares trees and lists by structure', () => {
    expect(compareAnswer(t('TreeNode'), [1, null, 2, null, null], [1, null, 2])).toBeNull();
    expect(compareAnswer(t('TreeNode'), null, [])).toBeNull();
    expect(compareAnswer(t('TreeNode'), [1, 2], [1, null, 2])).not.toBeNull();
    expect(compareAnswer(t('ListNode'), [1, 2, 3], [1, 2, 3])).toBeNull();
    expect(compareAnswer(t('ListNode'), [1, 2, 3], [1, 3, 2])).toMatchObject({ path: '[1]' });
  });
});
