/** The real bin/kata.js, run as a user would, on a copy of the fixture workspace. */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, kataWithEnv, REPO } from '../helpers.ts';

const solution = (name: string) => join(REPO, 'tests', 'fixtures', 'solutions', name);
const HIDDEN_VALUES = ['424242', '171717', '595959', '987654', '987777', '31337', '27182', '58519'];

describe('kata list and show', () => {
  const ws = copyWorkspace();

  it('lists every problem with title, difficulty and tags', () => {
    const result = kata(ws, 'list');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/add\s+Add Two Numbers\s+easy\s+fixture/);
    expect(result.stdout).toContain('sum-to');
  });

  it('lists as JSON', () => {
    const rows = JSON.parse(kata(ws, 'list', '--json').stdout) as { slug: string; difficulty: string; tags: string[] }[];
    expect(rows.map((row) => row.slug)).toEqual(['add', 'counts', 'fill-squares', 'groups', 'half', 'mirror', 'sum-to']);
    expect(rows[0]).toMatchObject({ slug: 'add', title: 'Add Two Numbers', difficulty: 'easy', tags: ['fixture'] });
  });

  it('shows the statement, the typed signature and the examples', () => {
    const result = kata(ws, 'show', 'mirror');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('function mirror(root: TreeNode | null): TreeNode | null');
    expect(result.stdout).toContain('root = [1,2,3,null,4]');
  });

  it('suggests the closest slug for an unknown one, with exit 2', () => {
    const result = kata(ws, 'show', 'ad');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown problem "ad"');
    expect(result.stderr).toContain('did you mean "add"');
  });

  it('rejects an unknown option with exit 2', () => {
    expect(kata(ws, 'list', '--bogus').status).toBe(2);
  });

  it('prints its version', () => {
    const result = kata(ws, '--version');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  // Only the command named first is defined (definitions.ts): each must stand alone, and a global option first still finds it.
  it('helps with every command it lists, named first or after a global option', () => {
    const listed = [...kata(ws, '--help').stdout.matchAll(/^ {2}([a-z][a-z-]*) /gm)].map((match) => match[1]!);
    expect(listed).toEqual(expect.arrayContaining(['list', 'test', 'judge', 'grade', 'merge-reports', 'import']));
    for (const command of listed.filter((name) => name !== 'help')) {
      const help = kata(ws, command, '--help');
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: kata ${command} `));
    }
    expect(kata(ws, '--root', ws, 'list', '--json').status).toBe(0);
    expect(kata(ws, '--root', ws, 'lsit').stderr).toContain('Did you mean list?');
  });
});

describe('kata new', () => {
  const ws = copyWorkspace();
  const file = join(ws, 'solutions', 'mirror.ts');

  it('writes the typed stub, which fails the examples', () => {
    const result = kata(ws, 'new', 'mirror');
    expect(result.status).toBe(0);
    const stub = readFileSync(file, 'utf8');
    expect(stub).toContain("import { TreeNode } from 'kata/structures';");
    expect(stub).toContain('export function mirror(root: TreeNode | null): TreeNode | null {');
    const test = kata(ws, 'test', 'mirror');
    expect(test.status).toBe(1);
    expect(test.stdout).toContain('not implemented');
  });

  it('never overwrites a solution without --force', () => {
    writeFileSync(file, '// my work\n');
    const refused = kata(ws, 'new', 'mirror');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(file, 'utf8')).toBe('// my work\n');
    expect(kata(ws, 'new', 'mirror', '--force').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('not implemented');
  });

  it('writes the in-place note for a void signature', () => {
    expect(kata(ws, 'new', 'fill-squares').status).toBe(0);
    expect(readFileSync(join(ws, 'solutions', 'fill-squares.ts'), 'utf8')).toContain('export function squareAll(nums: number[]): void {');
  });
});

describe('kata test', () => {
  const ws = copyWorkspace();

  it('passes a correct solution with exit 0', () => {
    const result = kata(ws, 'test', 'add', '--solution', solution('add-correct.ts'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ example-1/);
    expect(result.stdout).toContain('AC  2/2 passed');
    expect(result.stdout).not.toMatch(/hidden-\d/);
  });

  it('shows input, expected, actual and printed output for a wrong answer', () => {
    const result = kata(ws, 'test', 'add', '--solution', solution('add-prints.ts'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✗ example-1\s+WA/);
    expect(result.stdout).toMatch(/input\s+a = 1, b = 2/);
    expect(result.stdout).toMatch(/expected\s+3/);
    expect(result.stdout).toMatch(/actual\s+2/);
    expect(result.stdout).toContain('adding 1 and 2');
  });

  it('names the missing solution file and the command that creates it, with exit 2', () => {
    const result = kata(ws, 'test', 'add');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('solutions/add.ts');
    expect(result.stderr).toContain('kata new add');
  });
});

describe('kata judge', () => {
  const ws = copyWorkspace();
  const judge = (name: string, ...more: string[]) => kata(ws, 'judge', 'add', '--solution', solution(name), '--json', ...more);

  it('prints exactly one JSON report for an accepted solution, exit 0', () => {
    const result = judge('add-correct.ts');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown> & { cases: Record<string, unknown>[] };
    expect(report).toMatchObject({ schemaVersion: 1, problem: 'add', verdict: 'AC', passed: 5, total: 5 });
    expect(report.solution).toContain('add-correct.ts');
    expect(typeof report.timeMs).toBe('number');
    expect(report.cases.map((c) => `${c.id}:${c.kind}:${c.verdict}`)).toEqual([
      'example-1:example:AC',
      'example-2:example:AC',
      'hidden-1:hidden:AC',
      'hidden-2:hidden:AC',
      'hidden-3:hidden:AC',
    ]);
    // An example carries its heap figure (the solution's claim); a hidden case never does.
    for (const c of report.cases) expect(Object.keys(c).sort()).toEqual(c.kind === 'example' ? ['id', 'kind', 'peakHeapMb', 'seed', 'timeMs', 'timing', 'verdict'] : ['id', 'kind', 'seed', 'timeMs', 'timing', 'verdict']);
  });

  it('gives WA with exit 1 and never prints a hidden case', () => {
    const result = judge('add-wrong.ts');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; cases: { kind: string; verdict: string; message?: string }[] };
    expect(report.verdict).toBe('WA');
    expect(report.cases.filter((c) => c.kind === 'hidden').every((c) => c.verdict === 'WA' && c.message === 'wrong answer')).toBe(true);
    const human = kata(ws, 'judge', 'add', '--solution', solution('add-wrong.ts'));
    for (const value of HIDDEN_VALUES) {
      expect(result.stdout + result.stderr).not.toContain(value);
      expect(human.stdout + human.stderr).not.toContain(value);
    }
  });

  it('gives RE with the message and the line for a throw, and a fixed phrase on hidden cases', () => {
    const result = judge('add-throws.ts');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; cases: { id: string; verdict: string; message?: string }[] };
    expect(report.verdict).toBe('RE');
    expect(report.cases[0]!.message).toMatch(/TypeError: cannot add 1 at .*add-throws\.ts:3:11/);
    const hidden = report.cases.find((c) => c.id === 'hidden-1')!;
    expect(hidden.message).toBe('the solution threw');
  });

  it('gives TLE and skips the remaining cases, so a hanging solution costs one time limit, not one per case', () => {
    const result = judge('add-loops.ts');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; cases: { verdict: string; timeMs: number }[] };
    expect(report.verdict).toBe('TLE');
    // The time is judged by the verdicts, not a wall clock: this machine is shared, and timed assertions flake.
    expect(report.cases.map((c) => c.verdict)).toEqual(['TLE', 'SKIPPED', 'SKIPPED', 'SKIPPED', 'SKIPPED']);
  });

  it('gives CE naming the line for a syntax error', () => {
    const result = judge('add-syntax.ts');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; message: string; passed: number };
    expect(report.verdict).toBe('CE');
    expect(report.passed).toBe(0);
    expect(report.message).toMatch(/add-syntax\.ts:2:\d+/);
  });

  it('gives CE for a missing export, saying what to write (the harness\'s own words without the type check)', () => {
    const result = judge('add-no-export.ts');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'CE', message: expect.stringContaining('add-no-export.ts:1: the function add is not exported: write "export function add(...)"') });
    const untyped = judge('add-no-export.ts', '--no-typecheck');
    expect(JSON.parse(untyped.stdout)).toMatchObject({ verdict: 'CE', message: expect.stringContaining('no exported function named "add"') });
  });

  it('gives CE when the function does not match the typed signature, naming the line', () => {
    const result = judge('add-mistyped.ts');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { verdict: string; message: string };
    expect(report.verdict).toBe('CE');
    expect(report.message).toMatch(/add-mistyped\.ts:2: add does not match the signature function add\(a: number, b: number\): number/);
    expect(report.message).toContain("Type 'number' is not assignable to type 'string'");
    expect(readdirSync(join(ws, '.kata', 'cache', 'typecheck')).some((name) => name.endsWith('.json'))).toBe(true);
    expect(JSON.parse(judge('add-mistyped.ts').stdout)).toMatchObject({ verdict: 'CE' });
    expect(judge('add-mistyped.ts', '--no-typecheck').status).toBe(0);
  });

  it('does not count type errors inside the body, only a signature mismatch', () => {
    const file = join(ws, 'solutions', 'add.ts');
    // LeetCode-style code: an untyped helper (implicit any) and a body-level type error.
    writeFileSync(file, 'function helper(x) {\n  return x;\n}\nexport function add(a: number, b: number): number {\n  const sum: string = helper(a + b);\n  return a + b;\n}\n');
    const result = kata(ws, 'judge', 'add', '--json');
    expect(JSON.parse(result.stdout)).toMatchObject({ verdict: 'AC' });
    expect(result.status).toBe(0);
  });

  it('agrees between test and judge on a signature mismatch, and says the cases ran', () => {
    const test = kata(ws, 'test', 'add', '--solution', solution('add-mistyped.ts'));
    expect(test.status).toBe(1);
    expect(test.stdout).toContain('does not match the signature');
    expect(test.stdout).toContain('the cases ran: 2/2 passed');
  });

  it('seeds Math.random per case: the same draws on every run', () => {
    const first = kata(ws, 'test', 'add', '--solution', solution('add-random.ts'));
    const second = kata(ws, 'test', 'add', '--solution', solution('add-random.ts'));
    const actuals = (text: string) => [...text.matchAll(/actual\s+(\d+)/g)].map((m) => m[1]);
    expect(actuals(first.stdout)).toHaveLength(2);
    expect(actuals(first.stdout)).toEqual(actuals(second.stdout));
    expect(actuals(first.stdout)[0]).not.toBe(actuals(first.stdout)[1]);
  });

  it('judges in-place and tree answers by structure', () => {
    expect(kata(ws, 'judge', 'fill-squares', '--solution', join(ws, 'problems', 'fill-squares', 'reference.ts')).status).toBe(0);
    expect(kata(ws, 'judge', 'mirror', '--solution', join(ws, 'problems', 'mirror', 'reference.ts')).status).toBe(0);
  });
});

describe('broken problem packages', () => {
  const ws = copyWorkspace();

  it('names the file and the field, with exit 2', () => {
    const meta = join(ws, 'problems', 'add', 'problem.json');
    const json = JSON.parse(readFileSync(meta, 'utf8')) as { signature: { params: { type: string }[] } };
    json.signature.params[1]!.type = 'integer';
    writeFileSync(meta, JSON.stringify(json));
    const result = kata(ws, 'show', 'add');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('problems/add/problem.json');
    expect(result.stderr).toContain('signature.params.1.type');
    expect(result.stderr).toContain('unknown type "integer"');
  });

  it('names the case whose value does not match the signature', () => {
    writeFileSync(join(ws, 'problems', 'mirror', 'examples.json'), JSON.stringify([{ input: { root: [1, 'two'] }, expected: [1] }]));
    const result = kata(ws, 'test', 'mirror', '--solution', join(ws, 'problems', 'mirror', 'reference.ts'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('problems/mirror/examples.json: case 1: input.root: [1]: expected int or null, got a string');
  });

  it('names a package file that cannot be read (a folder in its place), with exit 2, not a crash', () => {
    mkdirSync(join(ws, 'problems', 'folder-meta', 'problem.json'), { recursive: true });
    const result = kata(ws, 'show', 'folder-meta');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('problems/folder-meta/problem.json cannot be read (EISDIR)');
    expect(result.stderr).not.toContain('    at ');
    rmSync(join(ws, 'problems', 'folder-meta'), { recursive: true });
  });

  it('suggests the field meant by a misspelt key', () => {
    const meta = join(ws, 'problems', 'fill-squares', 'problem.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"tags"', '"tag"'));
    const result = kata(ws, 'show', 'fill-squares');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('tag: unknown field (did you mean "tags" for "tag"?)');
  });

  it('reports invalid JSON with the file name', () => {
    writeFileSync(join(ws, 'problems', 'sum-to', 'hidden.json'), '[{');
    const result = kata(ws, 'judge', 'sum-to', '--solution', join(ws, 'problems', 'sum-to', 'reference.ts'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('problems/sum-to/hidden.json is not valid JSON');
  });
});

describe('colour', () => {
  const ws = copyWorkspace();

  it('is off when output is not a terminal or NO_COLOR is set, on with FORCE_COLOR', () => {
    expect(kata(ws, 'list').stdout).not.toContain('\u001b[');
    expect(kataWithEnv(ws, { FORCE_COLOR: '1' }, 'list').stdout).toContain('\u001b[');
    expect(kataWithEnv(ws, { FORCE_COLOR: '1', NO_COLOR: '1' }, 'list').stdout).not.toContain('\u001b[');
  });
});

describe('interruption', () => {
  const ws = copyWorkspace();

  it('kills the sandbox on Ctrl-C, though it runs in its own process group, and exits 130', async () => {
    const cli = spawn(process.execPath, [join(REPO, 'bin', 'kata.js'), 'judge', 'sum-to', '--no-typecheck', '--solution', solution('sum-to-loops.ts')], { cwd: ws, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => cli.once('exit', (code) => resolve(code)));
    let sandboxes: string[] = [];
    for (let waited = 0; sandboxes.length === 0 && waited < 20_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      sandboxes = processesRunning(ws);
    }
    expect(sandboxes.length).toBeGreaterThan(0);
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processesRunning(ws)).toEqual([]);
  });
});

/** Sandbox processes whose command line names this workspace's cache. */
function processesRunning(workspace: string): string[] {
  return readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return commandLine.includes(workspace) && commandLine.includes('harness.mjs') && state !== 'Z';
    } catch {
      return false;
    }
  });
}
