/**
 * Orders the test files slowest first, so that the two workers finish together. On a fresh clone vitest
 * has no record of durations and orders by file size, which left one worker running a long file alone
 * at the end. The durations are those of a clean-clone `.ci/run` on the 2-core CI machine (in seconds);
 * a file not listed there runs first, as vitest itself runs files it does not know first.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DURATIONS = new URL('./durations.json', import.meta.url);

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = JSON.parse(readFileSync(DURATIONS, 'utf8')) as Record<string, number>;
    const root = this.ctx.config.root;
    const duration = (file: TestSpecification) => seconds[relative(root, file.moduleId)] ?? Number.POSITIVE_INFINITY;
    return [...files].sort((a, b) => duration(b) - duration(a) || (a.moduleId < b.moduleId ? -1 : 1));
  }
}
