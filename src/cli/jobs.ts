/** `--jobs N`: how many things kata runs at once; by default one per core. */
import { availableParallelism } from 'node:os';
import { KataError } from '../util/errors.ts';

export function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1) throw new KataError('USAGE', `--jobs ${text} is not a number of sandboxes`, 'give a whole number of 1 or more, e.g. --jobs 4 (default: the number of cores)');
  return jobs;
}
