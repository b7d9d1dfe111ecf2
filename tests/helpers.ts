/** Shared by the tests: the fixture workspace, temporary folders, and running the real CLI. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_WORKSPACE = join(REPO, 'tests', 'fixtures', 'workspace');
const BIN = join(REPO, 'bin', 'kata.js');

/** A temporary folder removed after the test file. */
export function temporaryFolder(prefix = 'kata-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A fresh copy of the fixture workspace (problems/ and solutions/) to run the CLI in. */
export function copyWorkspace(): string {
  const dir = temporaryFolder('kata-ws-');
  // Without a cache or progress record that a manual run left behind in the fixture.
  cpSync(FIXTURE_WORKSPACE, dir, { recursive: true, filter: (source) => !source.split(sep).includes('.kata') });
  mkdirSync(join(dir, 'solutions'), { recursive: true });
  return dir;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/kata.js as a user would, with colour off. */
export function kata(cwd: string, ...args: string[]): CliResult {
  return kataWithEnv(cwd, { NO_COLOR: '1' }, ...args);
}

/** Runs bin/kata.js with these variables set over a colourless environment. */
export function kataWithEnv(cwd: string, env: Record<string, string>, ...args: string[]): CliResult {
  const environment: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: environment, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
