/**
 * bin/kata.js on a copy of kata's own files: the CLI is bundled once per version of its sources into a
 * start and a unit per command, each command runs with V8's code cache of its own earlier run, a cache
 * V8 refuses is made again, and kata still runs (through tsx) where no bundle can be written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyAuthoringWorkspace } from '../authoring-helpers.ts';
import { copyWorkspace, REPO, temporaryFolder } from '../helpers.ts';

const copy = temporaryFolder('kata-launcher-');
const builds = join(copy, '.kata', 'build');
const workspace = copyWorkspace();

beforeAll(() => {
  // A bug in kata, made to order: listing the problems folder throws.
  writeFileSync(join(workspace, 'fail-readdir.cjs'), "const fs = require('node:fs'); const readdir = fs.readdirSync; fs.readdirSync = (path, ...rest) => { if (String(path).endsWith('problems')) throw new TypeError('made to fail'); return readdir(path, ...rest); };\n");
  for (const part of ['bin', 'src', 'templates', 'package.json', 'package-lock.json']) cpSync(join(REPO, part), join(copy, part), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
});

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(copy, 'bin', 'kata.js'), ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const onlyBuild = () => {
  const dirs = readdirSync(builds).filter((name) => name !== 'current');
  expect(dirs).toHaveLength(1);
  return join(builds, dirs[0]!);
};

describe('the launcher', () => {
  it('bundles the CLI once, and keeps a code cache for each command that ran, of the units it read', () => {
    expect(run('list').status).toBe(0);
    const build = onlyBuild();
    expect(existsSync(join(build, 'start.cjs'))).toBe(true);
    expect(run('show', 'add', '--raw').status).toBe(0);
    expect(run('--help').status).toBe(0);
    expect(readdirSync(join(build, 'v8-cache')).sort()).toEqual(['list', 'other', 'show']);
    // Each command read the start, its own unit and what it loads lazily (the package schemas, on a first
    // run), and nothing of the other commands; help read only the start.
    for (const command of ['list', 'show']) {
      const read = readdirSync(join(build, 'v8-cache', command));
      expect(read, command).toEqual(expect.arrayContaining(['start.bin', expect.stringMatching(new RegExp(`^${command}-\\w+\\.bin$`))]));
      expect(read.filter((name) => /^(list|show|test|judge|grade|watch|validate)-/.test(name)), command).toHaveLength(1);
    }
    expect(readdirSync(join(build, 'v8-cache', 'other'))).toEqual(['start.bin']);
    // V8 takes the cache: a refused one would be written again at every exit.
    const written = statSync(join(build, 'v8-cache', 'list', 'start.bin'));
    expect(run('list').status).toBe(0);
    expect(statSync(join(build, 'v8-cache', 'list', 'start.bin'))).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs });
    // A usage error is no command's run: nothing is cached under the name of a typo.
    expect(run('lsit').status).toBe(2);
    expect(existsSync(join(build, 'v8-cache', 'lsit'))).toBe(false);
    expect(onlyBuild()).toBe(build);
  });

  it('runs as before when the cache is garbage, and writes a good one in its place', () => {
    const cache = join(onlyBuild(), 'v8-cache', 'list', 'start.bin');
    writeFileSync(cache, 'not a code cache');
    const listed = run('list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('sum-to');
    expect(readFileSync(cache).length).toBeGreaterThan(10_000);
  });

  it('bundles again when the start is gone from its folder', () => {
    const build = onlyBuild();
    rmSync(join(build, 'start.cjs'));
    const listed = run('list');
    expect(listed.status).toBe(0);
    expect(listed.stderr).toBe('');
    expect(existsSync(join(build, 'start.cjs'))).toBe(true);
  });

  it("names kata's own sources in a stack trace under --enable-source-maps", () => {
    const failed = spawnSync(process.execPath, ['--enable-source-maps', '--require', join(workspace, 'fail-readdir.cjs'), join(copy, 'bin', 'kata.js'), 'list'], { cwd: workspace, encoding: 'utf8', timeout: 120_000 });
    expect(failed.stderr).toContain('kata failed unexpectedly');
    expect(failed.stderr).toMatch(/at listSlugs \(.*src\/problem\/files\.ts:\d+:\d+\)/);
  });

  it('finds the build for the sources as they are when the record of the newest is gone or garbage', () => {
    const build = onlyBuild();
    const current = join(builds, 'current');
    rmSync(current);
    expect(run('list').status).toBe(0);
    expect(onlyBuild()).toBe(build);
    expect((JSON.parse(readFileSync(current, 'utf8')) as { build: string }).build).toBe(build.split('/').pop());
    for (const garbage of ['not JSON', '{"build":"../../x","paths":[]}', '{"paths":7}']) {
      writeFileSync(current, garbage);
      expect(run('list').status, garbage).toBe(0);
      expect(onlyBuild()).toBe(build);
    }
  });

  it('bundles again when a source changes, and removes a build only once no kata has started from it for a day', () => {
    const before = onlyBuild();
    const touch = (file: string, seconds: number) => {
      const later = new Date(Date.now() + seconds * 1000);
      utimesSync(join(copy, 'src', file), later, later);
    };
    touch('util/text.ts', 5);
    expect(run('list').status).toBe(0);
    const allBuilds = () => readdirSync(builds).filter((name) => name !== 'current').map((name) => join(builds, name));
    // A kata started on the previous build may still read units from it.
    expect(allBuilds()).toHaveLength(2);
    const second = allBuilds().find((path) => path !== before)!;
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(before, twoDaysAgo, twoDaysAgo);
    touch('util/time.ts', 10);
    expect(run('list').status).toBe(0);
    expect(existsSync(before)).toBe(false);
    expect(existsSync(second)).toBe(true);
    expect(allBuilds()).toHaveLength(2);
    // The tests below look at the newest build only.
    rmSync(second, { recursive: true, force: true });
  });

  it("imports an author's generator and checker from a cached run as from the first, without a warning", () => {
    const authoring = copyAuthoringWorkspace();
    const judge = (slug: string) =>
      spawnSync(process.execPath, [join(copy, 'bin', 'kata.js'), 'judge', slug, '--solution', join(authoring, 'problems', slug, 'reference.ts'), '--no-typecheck', '--json'], { cwd: authoring, encoding: 'utf8', timeout: 120_000 });
    for (const run of [1, 2]) {
      for (const slug of ['max-subarray', 'topo-order']) {
        const judged = judge(slug);
        expect(judged.stderr, `${slug}, run ${run}`).toBe('');
        expect(JSON.parse(judged.stdout), `${slug}, run ${run}`).toMatchObject({ verdict: 'AC' });
      }
      expect(existsSync(join(onlyBuild(), 'v8-cache', 'judge', 'start.bin'))).toBe(true);
    }
  });

  it('runs the TypeScript sources through tsx when no bundle can be written', () => {
    rmSync(builds, { recursive: true, force: true });
    writeFileSync(builds, 'a file where the builds folder would be');
    try {
      const listed = run('list');
      expect(listed.status).toBe(0);
      expect(listed.stdout).toContain('sum-to');
    } finally {
      rmSync(builds, { force: true });
    }
  });
});
