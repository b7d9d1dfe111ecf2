/**
 * Whole-number options (--jobs, --runs, --seed, --width, --time-limit), read one way: digits only
 * (Number() alone takes "1e3", "0x10" and "" too), a safe integer, within the option's range; anything
 * else is a usage error that names the option, its range, what was given, and an example.
 */
import { KataError } from '../util/errors.ts';

export function wholeNumberOption(flag: string, text: string, range: { min: number; max: number }, example: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new KataError('USAGE', `${flag} must be a whole number from ${range.min} to ${range.max}, not "${text}"`, example);
  }
  return value;
}
