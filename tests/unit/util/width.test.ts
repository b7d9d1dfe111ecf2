import { describe, expect, it } from 'vitest';
import { charWidth, displayWidth } from '../../../src/util/width.ts';

describe('display width', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('× · —')).toBe(5);
    expect(displayWidth('𝑥')).toBe(1);
  });

  it('counts East Asian wide and fullwidth characters and emoji as two columns', () => {
    expect(displayWidth('漢字')).toBe(4);
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(charWidth('🙂')).toBe(2);
  });

  it('counts combining marks and zero-width joiners as nothing', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200db')).toBe(2);
  });
});
