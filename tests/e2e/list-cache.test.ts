/**
 * kata list loads each package through the problem cache in .kata/cache, so that it need not validate every
 * package on each start.
 * What it prints must be what the validated path prints: any change to a package or to the progress
 * record shows at once, and a broken package is reported every time, never served from the cache.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata } from '../helpers.ts';

describe('kata list from its cache', () => {
  const ws = copyWorkspace();
  const meta = join(ws, 'problems', 'add', 'problem.json');
  const original = readFileSync(meta, 'utf8');
  const progressFile = join(ws, '.kata', 'progress.json');

  it('keeps the rows, and shows an edited title on the next run', () => {
    const first = kata(ws, 'list');
    expect(first.status).toBe(0);
    expect(existsSync(join(ws, '.kata', 'cache', 'problems', 'add.bin'))).toBe(true);
    expect(kata(ws, 'list').stdout).toBe(first.stdout);
    writeFileSync(meta, original.replace(/"title":\s*"[^"]*"/, '"title": "Renamed After Caching"'));
    expect(kata(ws, 'list').stdout).toContain('Renamed After Caching');
  });

  it('reports a package broken after the rows were kept, on every run, and forgets it once fixed', () => {
    const other = join(ws, '.kata', 'cache', 'problems', 'half.bin');
    const otherKept = statSync(other).mtimeMs;
    writeFileSync(meta, original.replace('"title"', '"titel"'));
    for (let run = 0; run < 2; run++) {
      const broken = kata(ws, 'list');
      expect(broken.status).toBe(2);
      expect(broken.stderr).toContain('1 package is broken');
    }
    // The broken package costs only itself: the others are still served from the cache.
    expect(statSync(other).mtimeMs).toBe(otherKept);
    writeFileSync(meta, original);
    expect(kata(ws, 'list').status).toBe(0);
  });

  it('follows the progress record without rebuilding the rows, and reads a broken record as empty, with a note', () => {
    const cache = join(ws, '.kata', 'cache', 'problems', 'add.bin');
    kata(ws, 'list');
    const kept = { text: readFileSync(cache).toString('base64'), mtime: statSync(cache).mtimeMs };
    const solvedAt = new Date().toISOString();
    writeFileSync(progressFile, JSON.stringify({ version: 1, problems: { add: { attempts: 1, firstAttempt: solvedAt, lastAttempt: solvedAt, solved: solvedAt } }, days: [] }));
    const solved = kata(ws, 'list', '--json');
    expect((JSON.parse(solved.stdout) as { slug: string; status: string }[]).find((row) => row.slug === 'add')?.status).toBe('solved');
    // The status changed; the packages did not, so their rows were served from the cache as they were.
    expect(readFileSync(cache).toString('base64')).toBe(kept.text);
    expect(statSync(cache).mtimeMs).toBe(kept.mtime);
    writeFileSync(progressFile, '{ not json');
    const listed = kata(ws, 'list', '--json');
    expect(listed.status).toBe(0);
    expect(listed.stderr).toContain('note: .kata/progress.json is not valid JSON; showing every problem as new');
    expect((JSON.parse(listed.stdout) as { status: string }[]).every((row) => row.status === 'new')).toBe(true);
    expect(kata(ws, 'next').status).toBe(0);
    // kata progress shows the record itself: there a broken one is the error.
    const progress = kata(ws, 'progress');
    expect(progress.status).toBe(2);
    expect(progress.stderr).toContain('.kata/progress.json is not valid JSON');
  });
});
