/**
 * The index of problem.json files behind kata list: an unchanged package is served from it without
 * loading the package again; any write to its files, even one that keeps the size and sets the old
 * modification time back, takes the validated path; a broken package, or one written in the last
 * seconds, is never kept.
 */
import { cpSync, rmSync, statSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isKataError } from '../../../src/util/errors.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../../helpers.ts';

const loads = vi.hoisted(() => ({ slugs: [] as string[] }));
vi.mock('../../../src/problem/cached.ts', async (original) => {
  const actual = await original<typeof import('../../../src/problem/cached.ts')>();
  return {
    loadProblemCached: (root: string, cacheDir: string, slug: string) => {
      loads.slugs.push(slug);
      return actual.loadProblemCached(root, cacheDir, slug);
    },
  };
});
const { loadMetas } = await import('../../../src/problem/meta-index.ts');

const root = temporaryFolder('kata-meta-index-');
const cacheDir = join(root, '.kata', 'cache');
const slugs = ['add', 'half', 'mirror'];
const metaFile = join(root, 'problems', 'add', 'problem.json');

const titleOf = async (slug: string) => {
  const meta = (await loadMetas(root, cacheDir, slugs)).get(slug);
  return isKataError(meta) ? meta : meta?.title;
};

/** The clock some seconds on, so that the packages just copied count as settled. */
const later = () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 10_000);
};

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(join(FIXTURE_WORKSPACE, 'problems'), join(root, 'problems'), { recursive: true });
  loads.slugs = [];
});
afterEach(() => vi.useRealTimers());

describe('the index of problem.json files', () => {
  it('loads each package once, then serves them all from the index', async () => {
    later();
    const first = await loadMetas(root, cacheDir, slugs);
    expect(loads.slugs).toEqual(slugs);
    loads.slugs = [];
    expect(await loadMetas(root, cacheDir, slugs)).toEqual(first);
    expect(loads.slugs).toEqual([]);
  });

  it('sees an edit that keeps the size and puts the modification time back', async () => {
    // A whole second, which utimes sets back exactly: only the change time tells the two contents apart.
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(metaFile, second, second);
    later();
    const before = await titleOf('add');
    loads.slugs = [];
    expect(await titleOf('add')).toBe(before);
    expect(loads.slugs).toEqual([]); // indexed
    const text = readFileSync(metaFile, 'utf8');
    const renamed = text.replace(`"${before}"`, `"${'X'.repeat(String(before).length)}"`);
    expect(renamed.length).toBe(text.length);
    writeFileSync(metaFile, renamed);
    utimesSync(metaFile, second, second);
    expect(statSync(metaFile).mtimeMs).toBe(second.getTime());
    vi.setSystemTime(Date.now() + 10_000);
    expect(await titleOf('add')).toBe('X'.repeat(String(before).length));
  });

  it('does not index a package written in the last seconds', async () => {
    await loadMetas(root, cacheDir, slugs);
    loads.slugs = [];
    await loadMetas(root, cacheDir, slugs);
    expect(loads.slugs).toEqual(slugs);
  });

  it('reports a broken package on every call, and serves the others from the index meanwhile', async () => {
    later();
    await loadMetas(root, cacheDir, slugs);
    writeFileSync(metaFile, '{ "title": ');
    for (let call = 0; call < 2; call++) {
      loads.slugs = [];
      const error = await titleOf('add');
      expect(isKataError(error) && error.message).toContain('problem.json');
      expect(loads.slugs).toEqual(['add']);
    }
  });

  it('takes a garbage index for none', async () => {
    later();
    await loadMetas(root, cacheDir, slugs);
    writeFileSync(join(cacheDir, 'problem-index.json'), 'not an index');
    loads.slugs = [];
    expect(typeof (await titleOf('half'))).toBe('string');
    expect(loads.slugs).toEqual(slugs);
  });
});
