/**
 * kata writes its standard output straight to descriptor 1 (src/cli/output.ts): the whole text reaches a
 * pipe or a file, a reader that stops early ends kata quietly, and a terminal still gets colour.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, REPO, temporaryFolder } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'kata.js');
const ws = copyWorkspace();
copyFileSync(join(ws, 'problems', 'add', 'reference.ts'), join(ws, 'solutions', 'add.ts'));

describe('standard output', () => {
  it('is the same text through a pipe and into a file', () => {
    const piped = kata(ws, 'list', '--json');
    const file = join(temporaryFolder('kata-output-'), 'list.json');
    const fd = openSync(file, 'w');
    const result = spawnSync(process.execPath, [BIN, 'list', '--json'], { cwd: ws, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    closeSync(fd);
    expect(result.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout)).toHaveLength(7);
  });

  it('ends kata quietly, with its exit code, when the reader has gone (kata list | head -0)', async () => {
    const child = spawn(process.execPath, [BIN, 'list'], { cwd: ws, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Closed before kata writes anything: its first write meets a pipe with no reader (EPIPE).
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });

  it('is painted on a terminal, and plain into a pipe, with no colour variable set', () => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
    // script(1), from util-linux, gives kata a terminal for standard output.
    const onTerminal = spawnSync('script', ['-qec', `${process.execPath} ${BIN} test add`, '/dev/null'], { cwd: ws, encoding: 'utf8', env });
    expect(onTerminal.stdout).toContain('\u001b[');
    expect(onTerminal.stdout).toContain('passed');
    const piped = spawnSync(process.execPath, [BIN, 'test', 'add'], { cwd: ws, encoding: 'utf8', env });
    expect(piped.stdout).toContain('passed');
    expect(piped.stdout).not.toContain('\u001b[');
  });
});
