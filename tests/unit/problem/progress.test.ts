/**
 * The progress record: attempts, solving, hints and reveals; streaks of days; a broken file named;
 * and several processes writing at once without losing an update.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressFile, readProgress, recordAttempt, recordHint, recordReveal, statusOf, streaks } from '../../../src/problem/progress.ts';
import { REPO, temporaryFolder } from '../../helpers.ts';

describe('recording attempts', () => {
  it('counts attempts, keeps the first and last, and solves on the first accepted judge only', () => {
    const root = temporaryFolder('kata-progress-');
    const day = (n: number) => new Date(2026, 10, n, 12);
    recordAttempt(root, 'two-sum', { kind: 'test', verdict: 'AC', timeMs: 5, at: day(1) });
    expect(statusOf(readProgress(root).problems['two-sum'])).toBe('attempted');
    recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'WA', timeMs: 9, at: day(2) });
    recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 40, at: day(3) });
    recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 30, at: day(5) });
    recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 50, at: day(6) });
    const entry = readProgress(root).problems['two-sum']!;
    expect(entry).toMatchObject({ attempts: 5, firstAttempt: day(1).toISOString(), lastAttempt: day(6).toISOString(), solved: day(3).toISOString(), bestTimeMs: 30, lastVerdict: 'AC' });
    expect(statusOf(entry)).toBe('solved');
    expect(statusOf(undefined)).toBe('new');
    expect(readProgress(root).days).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06']);
  });

  it('counts hints and reveals per problem', () => {
    const root = temporaryFolder('kata-progress-');
    recordHint(root, 'a');
    recordHint(root, 'a');
    recordReveal(root, 'b');
    const { problems } = readProgress(root);
    expect(problems.a).toMatchObject({ hintsUsed: 2, reveals: 0, attempts: 0 });
    expect(problems.b).toMatchObject({ hintsUsed: 0, reveals: 1 });
  });

  it('names a broken file and says what to do', () => {
    const root = temporaryFolder('kata-progress-');
    mkdirSync(join(root, '.kata'));
    writeFileSync(progressFile(root), '{"version": 1, "problems": {"a": {"attempts": -1}}}');
    expect(() => readProgress(root)).toThrow(/progress\.json does not match the progress format \(problems\.a\.attempts/);
    writeFileSync(progressFile(root), '{"version": 1,');
    expect(() => readProgress(root)).toThrow(/^\.kata\/progress\.json is not valid JSON/);
  });
});

describe('streaks', () => {
  it('counts the run of days ending today, or yesterday when today has none yet, and the longest run', () => {
    const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-10', '2026-11-11'];
    expect(streaks(days, new Date(2026, 10, 11, 9))).toEqual({ current: 2, longest: 4 });
    expect(streaks(days, new Date(2026, 10, 12, 9))).toEqual({ current: 2, longest: 4 });
    expect(streaks(days, new Date(2026, 10, 13, 9))).toEqual({ current: 0, longest: 4 });
    expect(streaks([], new Date())).toEqual({ current: 0, longest: 0 });
  });

  it('crosses month and year ends', () => {
    expect(streaks(['2026-12-30', '2026-12-31', '2027-01-01'], new Date(2027, 0, 1))).toEqual({ current: 3, longest: 3 });
  });
});

describe('two processes writing at once', () => {
  it('loses no update and leaves no temporary or lock file behind', async () => {
    const root = temporaryFolder('kata-progress-');
    const script = `import { recordAttempt } from ${JSON.stringify(join(REPO, 'src', 'problem', 'progress.ts'))};
      for (let i = 0; i < 40; i++) recordAttempt(${JSON.stringify(root)}, 'p' + (i % 3), { kind: 'test', verdict: 'WA', timeMs: 1 });`;
    const writer = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([writer(), writer(), writer()])).toEqual([0, 0, 0]);
    const { problems } = readProgress(root);
    expect(Object.values(problems).reduce((sum, entry) => sum + entry.attempts, 0)).toBe(120);
    expect(readdirSync(join(root, '.kata'))).toEqual(['progress.json']);
  }, 60_000);
});
