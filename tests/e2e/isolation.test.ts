/**
 * Which isolation kata uses, as a user sees it: `kata doctor`, the one-line notice when judging falls
 * back to the permission model, and the refusal to judge without OS isolation when that is asked for.
 * KATA_BWRAP=/nonexistent stands for a machine without bubblewrap.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, kataWithEnv, REPO } from '../helpers.ts';

const ws = copyWorkspace();
const NO_BWRAP = { KATA_BWRAP: '/nonexistent/bwrap' };
const solution = join(ws, 'problems', 'add', 'reference.ts');
const osAvailable = kata(ws, 'doctor').status === 0;

describe('kata doctor', () => {
  it('lists every layer, marks what is missing with the command that adds it, and exits 1 without bubblewrap', () => {
    const result = kataWithEnv(ws, NO_BWRAP, 'doctor');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ bubblewrap namespaces\s+bubblewrap \(bwrap\) is not installed/);
    expect(result.stdout).toMatch(/fix: install it: sudo apt-get install bubblewrap/);
    expect(result.stdout).toMatch(/✓ Node permission model/);
    expect(result.stdout).toMatch(/OS isolation is not available/);
  });

  it('prints one JSON object with --json', () => {
    const result = kataWithEnv(ws, NO_BWRAP, 'doctor', '--json');
    const report = JSON.parse(result.stdout) as { isolation: string; layers: { name: string; active: boolean }[] };
    expect(report.isolation).toBe('node');
    expect(report.layers.find((layer) => layer.name === 'bubblewrap namespaces')?.active).toBe(false);
  });

  it.runIf(osAvailable)('shows OS isolation active on a machine with bubblewrap (CI installs it)', () => {
    const result = kata(REPO, 'doctor');
    expect(result.stdout).toMatch(/✓ bubblewrap namespaces/);
    expect(result.stdout).toMatch(/OS isolation is active/);
  });
});

describe('falling back', () => {
  it('judges under the permission model and says so in one line on standard error', () => {
    const result = kataWithEnv(ws, NO_BWRAP, 'judge', 'add', '--no-typecheck', '--solution', solution);
    expect(result.status).toBe(0);
    const notes = result.stderr.split('\n').filter((line) => line.startsWith('note:'));
    expect(notes).toEqual([expect.stringMatching(/^note: OS isolation is not available \(bubblewrap \(bwrap\) is not installed\); judging under Node's permission model alone/)]);
  });

  it('keeps standard output one JSON object when it falls back', () => {
    const result = kataWithEnv(ws, NO_BWRAP, 'judge', 'add', '--json', '--no-typecheck', '--solution', solution);
    expect((JSON.parse(result.stdout) as { verdict: string }).verdict).toBe('AC');
  });

  it('refuses with --strict-isolation, exit 2, naming what is missing and how to add it', () => {
    const result = kataWithEnv(ws, NO_BWRAP, 'judge', 'add', '--strict-isolation', '--no-typecheck', '--solution', solution);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error: OS isolation is not available: bubblewrap \(bwrap\) is not installed/);
    expect(result.stderr).toMatch(/hint: install it/);
    expect(result.stdout).toBe('');
  });

  it('judges with --isolation=node on purpose, without a notice', () => {
    const result = kataWithEnv(ws, NO_BWRAP, '--isolation=node', 'judge', 'add', '--strict-isolation', '--no-typecheck', '--solution', solution);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/note:/);
  });

  it('refuses an unknown --isolation with exit 2', () => {
    const result = kata(ws, '--isolation=chroot', 'judge', 'add', '--solution', solution);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/auto, os, node/);
  });
});
