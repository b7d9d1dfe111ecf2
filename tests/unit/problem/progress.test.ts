/**
 * The progress record: attempts, solving, hints and reveals; streaks of days; a broken file named;
 * and several processes writing at once without losing an update.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressFile, readProgress, recordAttempt, recordHint, recordReveal, statusOf, streaks } from '../../../src/problem/progress.ts';
import { REPO, temporaryFolder } from '../../helpers.ts';

describe('recording attempts', () => {
  it('counts attempts, keeps the first and last, and solves on the first accepted judge only', async () => {
    const root = temporaryFolder('kata-progress-');
    const day = (n: number) => new Date(2026, 10, n, 12);
    await recordAttempt(root, 'two-sum', { kind: 'test', verdict: 'AC', timeMs: 5, at: day(1) });
    expect(statusOf((await readProgress(root)).problems['two-sum'])).toBe('attempted');
    await recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'WA', timeMs: 9, at: day(2) });
    await recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 40, at: day(3) });
    await recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 30, at: day(5) });
    await recordAttempt(root, 'two-sum', { kind: 'judge', verdict: 'AC', timeMs: 50, at: day(6) });
    const entry = (await readProgress(root)).problems['two-sum']!;
    expect(entry).toMatchObject({ attempts: 5, firstAttempt: day(1).toISOString(), lastAttempt: day(6).toISOString(), solved: day(3).toISOString(), bestTimeMs: 30, lastVerdict: 'AC' });
    expect(statusOf(entry)).toBe('solved');
    expect(statusOf(undefined)).toBe('new');
    expect((await readProgress(root)).days).toEqual(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-05', '2026-11-06']);
  });

  it('counts hints and reveals per problem', async () => {
    const root = temporaryFolder('kata-progress-');
    await recordHint(root, 'a');
    await recordHint(root, 'a');
    await recordReveal(root, 'b');
    const { problems } = await readProgress(root);
    expect(problems.a).toMatchObject({ hintsUsed: 2, reveals: 0, attempts: 0 });
    expect(problems.b).toMatchObject({ hintsUsed: 0, reveals: 1 });
  });

  it('names a broken file and says what to do', async () => {
    const root = temporaryFolder('kata-progress-');
    mkdirSync(join(root, '.kata'));
    writeFileSync(progressFile(root), '{"version": 1, "problems": {"a": {"attempts": -1}}}');
    await expect(readProgress(root)).rejects.toThrow(/progress\.json does not match the progress format \(problems\.a\.attempts/);
    writeFileSync(progressFile(root), '{"version": 1,');
    await expect(readProgress(root)).rejects.toThrow(/^\.kata\/progress\.json is not valid JSON/);
  });
});

describe('trusting the record kata wrote', () => {
  it('checks again a text vouched for under other rules, so that its defaults are filled in', async () => {
    const root = temporaryFolder('kata-progress-');
    mkdirSync(join(root, '.kata', 'cache'), { recursive: true });
    const text = '{"version": 1, "problems": {"a": {"attempts": 2}}, "days": []}';
    writeFileSync(progressFile(root), text);
    // What a kata that keyed the hash by the text alone would have left.
    writeFileSync(join(root, '.kata', 'cache', 'progress-checked'), createHash('sha256').update(text).digest('hex'));
    expect((await readProgress(root)).problems.a).toMatchObject({ attempts: 2, hintsUsed: 0, reveals: 0 });
    await recordHint(root, 'a');
    expect((await readProgress(root)).problems.a).toMatchObject({ attempts: 2, hintsUsed: 1 });
  });

  it('says which file cannot be written or read, instead of failing as kata\'s bug', async () => {
    const root = temporaryFolder('kata-progress-');
    mkdirSync(progressFile(root), { recursive: true }); // a folder where the record should be
    await expect(recordHint(root, 'a')).rejects.toThrow(/^\.kata\/progress\.json cannot be read \(EISDIR\)/);
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
      for (let i = 0; i < 40; i++) await recordAttempt(${JSON.stringify(root)}, 'p' + (i % 3), { kind: 'test', verdict: 'WA', timeMs: 1 });`;
    const writer = () =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO, stdio: 'inherit' });
        child.on('exit', (code) => resolve(code ?? -1));
      });
    expect(await Promise.all([writer(), writer(), writer()])).toEqual([0, 0, 0]);
    const { problems } = await readProgress(root);
    expect(Object.values(problems).reduce((sum, entry) => sum + entry.attempts, 0)).toBe(120);
    // The cache holds the hash of the text last written; nothing else is left beside the record.
    expect(readdirSync(join(root, '.kata')).sort()).toEqual(['cache', 'progress.json']);
    expect(readdirSync(join(root, '.kata', 'cache'))).toEqual(['progress-checked']);
  }, 60_000);
});
