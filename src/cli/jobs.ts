/** `--jobs N`: how many things kata runs at once; by default one per core. */
import { availableParallelism } from 'node:os';
import { wholeNumberOption } from './options.ts';

/** More than any machine kata runs on has cores: a typo's extra digits are refused, not a thousand sandboxes started. */
const MAX_JOBS = 1024;

export function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  return wholeNumberOption('--jobs', text, { min: 1, max: MAX_JOBS }, 'the number of sandboxes run at once, e.g. --jobs 4 (default: the number of cores)');
}
