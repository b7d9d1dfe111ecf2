import { lstatSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { machine } from '../machine.ts';
import { systemBinds, type Isolation } from '../../../../src/judge/isolation.ts';
import { closeOpened, planLaunch } from '../../../../src/judge/sandbox/launch.ts';


describe('launching a sandbox', () => {
  const files = [import.meta.filename];

  it('under bubblewrap: resource limits, every namespace, read-only files handed over as descriptors, a read-only root', () => {
    const isolation: Isolation = { mode: 'os', machine: machine() };
    const plan = planLaunch(isolation, files, ['harness.mjs'], '/unused');
    closeOpened(plan);
    expect(plan.command).toBe('/usr/bin/prlimit');
    expect(plan.args).toEqual(expect.arrayContaining(['--nofile=96', '--nproc=64', '--core=0', '--fsize=16777216', '--stack=67108864']));
    const bwrap = plan.args.slice(plan.args.indexOf('--') + 2);
    expect(bwrap).toEqual(expect.arrayContaining(['--unshare-all', '--die-with-parent', '--new-session', '--tmpfs', '/tmp']));
    expect(bwrap.join(' ')).toContain(`--ro-bind-data 5 ${files[0]}`);
    // The root is made read-only after everything is in place.
    expect(bwrap.indexOf('--remount-ro')).toBeGreaterThan(bwrap.indexOf('--ro-bind-data'));
    expect(bwrap.slice(-2)).toEqual([process.execPath, 'harness.mjs']);
    expect(plan.uid).toBeGreaterThanOrEqual(1_900_000_000);
    expect(plan.cwd).toBe('/');
  });

  it('gives each sandbox of a root kata its own user id, and sets no process limit for an ordinary user', () => {
    const first = planLaunch({ mode: 'os', machine: machine() }, files, [], '/unused');
    const second = planLaunch({ mode: 'os', machine: machine() }, files, [], '/unused');
    const ordinary = planLaunch({ mode: 'os', machine: machine({ dropsPrivileges: false }) }, files, [], '/unused');
    [first, second, ordinary].forEach(closeOpened);
    expect(first.uid).not.toBe(second.uid);
    expect(ordinary.uid).toBeUndefined();
    expect(ordinary.args.some((arg) => arg.startsWith('--nproc'))).toBe(false);
  });

  it('under the permission model alone: Node behind a shell that raises the stack limit, in the folder given', () => {
    const plan = planLaunch({ mode: 'node', machine: machine() }, files, ['harness.mjs'], '/tmp/work');
    expect(plan.command).toBe('/bin/sh');
    expect(plan.args[1]).toMatch(/ulimit -s 65536/);
    expect(plan.args.slice(-1)).toEqual(['harness.mjs']);
    expect(plan.cwd).toBe('/tmp/work');
  });

  it.runIf(process.platform === 'linux')('binds Node and the library folders, recreating symbolic links as links', () => {
    const args = systemBinds();
    expect(args.slice(0, 3)).toEqual(['--ro-bind', process.execPath, process.execPath]);
    for (const dir of ['/lib', '/lib64', '/usr/lib']) {
      let link = false;
      try {
        link = lstatSync(dir).isSymbolicLink();
      } catch {
        continue;
      }
      const at = args.lastIndexOf(dir);
      expect(args[at - 2]).toBe(link ? '--symlink' : '--ro-bind');
    }
  });
});
