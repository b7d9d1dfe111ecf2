/**
 * kata test's fast path: the solver's own solution in a worker thread of kata (thread-sandbox.ts). It
 * gives up the OS's isolation, not the verdicts: every hostile solution of this folder still ends in one
 * within its limits, kata's process survives it, and what the thread's lockdown refuses stays refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSolution } from '../../src/judge/judge.ts';
import { wallLimitMs } from '../../src/judge/limits.ts';
import { loadProblem } from '../../src/problem/load.ts';
import { copyWorkspace, FIXTURE_WORKSPACE, REPO, temporaryFolder } from '../helpers.ts';

const AUTHORING_WORKSPACE = join(import.meta.dirname, '..', 'fixtures', 'authoring');
const HERE = join(import.meta.dirname, 'solutions');
const cacheDir = temporaryFolder('kata-thread-cache-');
const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE'];

/** What these must get on the examples alone, in a thread: the thread's own limits and lockdown at work. */
const EXPECTED: Record<string, string> = {
  'loop-forever.ts': 'TLE',
  'loop-at-import.ts': 'TLE',
  'memory-hog.ts': 'MLE',
  'buffer-hog.ts': 'MLE',
  'fill-past-heap.ts': 'MLE',
  'array-from-past-heap.ts': 'MLE',
  'catch-over-memory.ts': 'MLE',
  'fill-in-new-realm.ts': 'RE',
  'write-file.ts': 'RE',
  'spawn-process.ts': 'RE',
  'start-worker.ts': 'RE',
  'read-hidden.ts': 'RE',
  'spoof-loader-check.ts': 'RE',
  'forge-through-dispatch.ts': 'WA',
  'truncate-through-loader.ts': 'AC',
  'kill-parent.ts': 'RE',
  'stop-parent.ts': 'RE',
  'stack-overflow.ts': 'RE',
  'exit-zero.ts': 'RE',
  'syntax-error.ts': 'CE',
  'missing-export.ts': 'CE',
  'unstoppable-native.ts': 'RE',
  'unstoppable-pool.ts': 'RE',
  'spawn-through-class.ts': 'RE',
  'register-hooks.ts': 'RE',
  'report-and-env-file.ts': 'RE',
  'dns-exfiltration.ts': 'RE',
  'forge-on-active-handle.ts': 'RE',
  'write-to-descriptor.ts': 'RE',
  'flood-while-waiting.ts': 'TLE',
};

/**
 * Judged in a thread only through the real CLI: the call cannot be interrupted, so a thread of this test
 * process would run on for hours, and hold this process's exit, as it held kata's before kata learned to end itself.
 */
const CLI_ONLY = ['unstoppable-includes.ts'];

/** `kata test add --no-typecheck` in a workspace, through the real CLI, as a solver would run it. */
function kataTestAdd(ws: string, timeout = 30_000, killSignal: NodeJS.Signals = 'SIGTERM') {
  return spawnSync(process.execPath, [join(REPO, 'bin', 'kata.js'), 'test', 'add', '--no-typecheck'], { cwd: ws, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout, killSignal });
}

const solutions = readdirSync(HERE)
  .filter((name) => name.endsWith('.ts') && !CLI_ONLY.includes(name))
  .sort()
  .map((name) => {
    const text = readFileSync(join(HERE, name), 'utf8');
    const workspace = /^\/\/ workspace: authoring$/m.test(text) ? AUTHORING_WORKSPACE : FIXTURE_WORKSPACE;
    // A hog that must pass the memory limit first has a longer time limit (hostile.test.ts says why).
    const limit = /^\/\/ time-limit-ms: (\d+)$/m.exec(text)?.[1];
    return { name, slug: /^\/\/ problem: (\S+)/m.exec(text)![1]!, workspace, ...(limit !== undefined && { timeLimitMs: Number(limit) }) };
  });

describe('hostile solutions in a thread of kata', () => {
  it('covers every expectation named above', () => {
    for (const name of Object.keys(EXPECTED)) expect(solutions.map((s) => s.name)).toContain(name);
  });

  it.each(solutions)('$name ends in a verdict, and kata survives it', async ({ name, slug, workspace, timeLimitMs }) => {
    rmSync('/tmp/kata-hostile-wrote-this', { force: true });
    const problem = loadProblem(workspace, slug);
    const started = performance.now();
    const judgment = await judgeSolution({ problem, cases: problem.examples, solutionFile: join(HERE, name), solutionLabel: name, cacheDir, host: 'thread', ...(timeLimitMs !== undefined && { timeLimitMs }) });
    const limitMs = timeLimitMs ?? (typeof problem.meta.limits.timeMs === 'number' ? problem.meta.limits.timeMs : 10_000);
    expect(VERDICTS).toContain(judgment.verdict);
    for (const result of judgment.cases) expect(result.timeMs, `${result.id} time`).toBeGreaterThanOrEqual(0);
    if (EXPECTED[name]) expect(judgment.verdict, JSON.stringify(judgment.cases[0])).toBe(EXPECTED[name]);
    // A solution that stalls costs about one wall limit (plus loading), never one per example.
    expect(performance.now() - started).toBeLessThan(wallLimitMs(Math.max(limitMs, 2000)) * 2 + 10_000);
    expect(existsSync('/tmp/kata-hostile-wrote-this')).toBe(false);
  }, 60_000);

  it.each(['forge-on-parent-port.ts', 'forge-on-active-handle.ts', 'forge-through-dispatch.ts'])('never takes a reply that %s forged for the answer', async (name) => {
    const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
    const judgment = await judgeSolution({ problem, cases: problem.examples, solutionFile: join(HERE, name), solutionLabel: name, cacheDir, host: 'thread' });
    expect(judgment.cases.map((result) => result.verdict)).not.toContain('AC');
  });

  it("keeps a solution's compiled file whole when it asks the loader's read to open it for writing", async () => {
    const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
    const judge = () => judgeSolution({ problem, cases: problem.examples, solutionFile: join(HERE, 'truncate-through-loader.ts'), solutionLabel: 'truncate-through-loader.ts', cacheDir, host: 'thread' });
    expect((await judge()).verdict).toBe('AC');
    // The second judgment loads the same compiled file from the cache.
    expect((await judge()).verdict).toBe('AC');
  });

  it.each(['unstoppable-native.ts', 'unstoppable-pool.ts', 'atomics-wait.ts', 'loop-forever.ts'])('kata test on %s prints its verdict and exits, leaving nothing running', (name) => {
    // Work a thread cannot be stopped in would hold kata's exit after the verdict: only the real CLI shows that.
    const ws = copyWorkspace();
    copyFileSync(join(HERE, name), join(ws, 'solutions', 'add.ts'));
    const result = kataTestAdd(ws);
    expect(result.signal, 'kata test was still running after 30 s').toBeNull();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^(RE|TLE) {2}0\/2 passed/m);
  }, 120_000);

  it.each([
    ['a table filled past the heap limit in one native call', 'fill-past-heap.ts'],
    ['a Map that grows without end', 'map-hog.ts'],
  ])('kata test on %s reports MLE and exits 1, not with V8\'s abort', (_, name) => {
    const ws = copyWorkspace();
    // A limit long enough that memory, not time, runs out first.
    const meta = join(ws, 'problems', 'add', 'problem.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"timeMs": 500', '"timeMs": 10000'));
    copyFileSync(join(HERE, name), join(ws, 'solutions', 'add.ts'));
    const result = kataTestAdd(ws, 60_000);
    expect(result.stderr).not.toContain('out of memory');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^MLE {2}0\/2 passed/m);
  }, 90_000);

  it('kata test keeps what a solution writes to a descriptor of its own off kata\'s output', () => {
    const ws = copyWorkspace();
    copyFileSync(join(HERE, 'write-to-descriptor.ts'), join(ws, 'solutions', 'add.ts'));
    const result = kataTestAdd(ws);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('KATA-HOSTILE-PRINTED-PAST-CAPTURE');
  }, 60_000);

  it('kata test on a call no thread can interrupt prints the verdict, says why, and ends itself (137)', () => {
    const ws = copyWorkspace();
    copyFileSync(join(HERE, 'unstoppable-includes.ts'), join(ws, 'solutions', 'add.ts'));
    const started = performance.now();
    const result = kataTestAdd(ws, 30_000, 'SIGKILL');
    expect(performance.now() - started, 'kata test was still running after 30 s').toBeLessThan(30_000);
    expect(result.stdout).toMatch(/^TLE {2}0\/2 passed/m);
    expect(result.stderr).toContain('stuck in one native call that cannot be interrupted');
    expect(result.signal).toBe('SIGKILL');
  }, 60_000);

  it('kata test interrupted by Ctrl-C in a call no thread can interrupt still exits, leaving nothing running', async () => {
    const ws = copyWorkspace();
    copyFileSync(join(HERE, 'unstoppable-includes.ts'), join(ws, 'solutions', 'add.ts'));
    const cli = spawn(process.execPath, [join(REPO, 'bin', 'kata.js'), 'test', 'add', '--no-typecheck'], { cwd: ws, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => cli.once('exit', (code, signal) => resolve({ code, signal })));
    for (let waited = 0; !stdout.includes('Add Two Numbers') && waited < 20_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    // Into the thread's call: it begins after kata's main thread has tried the examples (at most 250 ms,
    // judge/inline-host.ts) and the thread has started, and it is judged TLE 750 ms later. Ctrl-C before
    // or after that verdict must end kata all the same.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const interruptedAt = performance.now();
    cli.kill('SIGINT');
    const timer = setTimeout(() => cli.kill('SIGKILL'), 30_000);
    const { code, signal } = await exited;
    clearTimeout(timer);
    expect(performance.now() - interruptedAt, 'kata was still running 30 s after Ctrl-C').toBeLessThan(30_000);
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
    expect(stdout).toMatch(/interrupted|TLE/);
  }, 60_000);

  it('kata test on a long but finite native call (a large sort) waits for it and exits 1', () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'add.ts'), 'export function add(a: number, b: number): number {\n  new Float64Array(12e6).map(Math.random).sort();\n  return a + b;\n}\n');
    const result = kataTestAdd(ws);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^TLE {2}0\/2 passed/m);
    expect(result.stderr).not.toContain('stuck');
  }, 60_000);
});
