/** Whole-number options: digits within the range, and nothing Number() alone would also take. */
import { describe, expect, it } from 'vitest';
import { parseJobs } from '../../../src/cli/jobs.ts';
import { wholeNumberOption } from '../../../src/cli/options.ts';
import { isKataError } from '../../../src/util/errors.ts';

const range = { min: 1, max: 100 };
const refusal = (text: string) => {
  try {
    wholeNumberOption('--n', text, range, 'e.g. --n 5');
  } catch (error) {
    return isKataError(error) ? `${error.code}: ${error.message} (${error.hint})` : String(error);
  }
  return 'accepted';
};

describe('a whole-number option', () => {
  it('takes digits within its range, spaces around them allowed', () => {
    expect(wholeNumberOption('--n', '1', range, '')).toBe(1);
    expect(wholeNumberOption('--n', ' 100 ', range, '')).toBe(100);
  });

  it('refuses what Number() would also read as a whole number, and what is out of range, as a usage error naming the option', () => {
    for (const text of ['1e1', '0x10', '10.0', '+5', '-1', '', ' ', 'five', '0', '101', '9'.repeat(20)]) {
      expect(refusal(text), text).toBe(`USAGE: --n must be a whole number from 1 to 100, not "${text}" (e.g. --n 5)`);
    }
  });

  it('bounds --jobs, which defaults to the cores', () => {
    expect(parseJobs(undefined)).toBeGreaterThanOrEqual(1);
    expect(parseJobs('3')).toBe(3);
    expect(() => parseJobs('1e3')).toThrow('--jobs must be a whole number from 1 to 1024, not "1e3"');
    expect(() => parseJobs('5000')).toThrow('--jobs must be a whole number from 1 to 1024');
  });
});
