import { describe, expect, it } from 'vitest';
import { Progress } from '../../../src/cli/progress.ts';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 60, write: (text: string) => written.push(text) > 0 }, written };
}

describe('live progress', () => {
  it('redraws one line on a terminal: done/total, what runs now, then the time left', () => {
    const { stream, written } = terminal(true);
    const progress = new Progress('grading', 3, 2, stream as never);
    progress.start('alice/add');
    progress.start('bob/add');
    expect(written.at(-1)).toBe('\r\x1b[2Kgrading 0/3 · alice/add, bob/add');
    progress.finish('alice/add');
    expect(written.at(-1)).toMatch(/^\r\x1b\[2Kgrading 1\/3 · bob\/add · about \d+ s left$/);
    progress.clear();
    expect(written.at(-1)).toBe('\r\x1b[2K');
  });

  it('keeps a line within the terminal\'s width', () => {
    const { stream, written } = terminal(true);
    const progress = new Progress('grading', 3, 1, stream as never);
    progress.start('a-submitter-with-a-very-long-name/a-problem-with-a-long-slug-too');
    expect(written.at(-1)!.replace('\r\x1b[2K', '').length).toBeLessThanOrEqual(59);
  });

  it('writes nothing when standard error is not a terminal, or when turned off', () => {
    for (const [isTTY, enabled] of [[false, true], [true, false]] as const) {
      const { stream, written } = terminal(isTTY);
      const progress = new Progress('grading', 2, 1, stream as never, enabled);
      progress.start('x');
      progress.around(() => undefined);
      progress.finish('x');
      progress.clear();
      expect(written).toEqual([]);
    }
  });
});
