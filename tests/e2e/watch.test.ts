/**
 * kata watch through the real CLI, driven as a solver would: it runs the examples on start and on
 * each save, judges the hidden cases once they pass, answers the keys (hint, reveal, next, quit),
 * survives a file that does not parse, and records every run.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyWorkspace, REPO } from '../helpers.ts';

const WAIT_MS = 60_000;

/** A running `kata watch`, with its output so far and a way to wait for a screen. */
class WatchSession {
  readonly child: ChildProcessWithoutNullStreams;
  output = '';
  private waiters: { pattern: RegExp; from: number; resolve: () => void }[] = [];

  constructor(cwd: string, ...args: string[]) {
    this.child = spawn(process.execPath, [join(REPO, 'bin', 'kata.js'), 'watch', ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });
    this.child.stdout.setEncoding('utf8').on('data', (text: string) => {
      this.output += text;
      this.waiters = this.waiters.filter((waiter) => !(waiter.pattern.test(this.output.slice(waiter.from)) && (waiter.resolve(), true)));
    });
    this.child.stderr.setEncoding('utf8').on('data', (text: string) => (this.output += text));
  }

  /** Resolves when the output written after this call (or after `from`) matches. */
  waitFor(pattern: RegExp, from = this.output.length): Promise<void> {
    if (pattern.test(this.output.slice(from))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${WAIT_MS} ms; output:\n${this.output.slice(-3000)}`)), WAIT_MS);
      this.waiters.push({ pattern, from, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  press(key: string): void {
    this.child.stdin.write(key);
  }

  exit(): Promise<number | null> {
    return new Promise((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.on('exit', (code) => resolve(code))));
  }
}

let session: WatchSession | undefined;
afterEach(() => {
  session?.child.kill('SIGKILL');
  session = undefined;
});

describe('kata watch', () => {
  it('runs the examples, reruns on save, survives a file that does not parse, and judges the hidden cases once they pass', async () => {
    const ws = copyWorkspace();
    const file = join(ws, 'solutions', 'half.ts');
    writeFileSync(file, 'export function half(x: number): number { return x; }\n');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/examples: WA 0\/1 passed/, 0);
    let mark = session.output.length;
    writeFileSync(file, 'export function half(x: number): number { return x / ; }\n');
    await session.waitFor(/examples: CE/, mark);
    mark = session.output.length;
    writeFileSync(file, 'export function half(x: number): number { return x / 2; }\n');
    await session.waitFor(/examples and hidden cases: AC \d+\/\d+ passed/, mark);
    expect(session.output.slice(mark)).toMatch(/examples: AC 1\/1 passed/);
    session.press('q');
    expect(await session.exit()).toBe(0);
    const progress = JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, { attempts: number; solved?: string }> };
    expect(progress.problems.half!.solved).toBeDefined();
    expect(progress.problems.half!.attempts).toBeGreaterThanOrEqual(4);
  }, 180_000);

  it('shows the next hint on h, the first failing hidden case in full on r, and moves to the next problem on n', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { return x > 1000 ? 0 : x / 2; }\n');
    session = new WatchSession(ws, '--no-typecheck');
    await session.waitFor(/examples and hidden cases: WA/, 0);
    // Hidden cases show only their verdict until the solver asks to see one.
    expect(session.output).not.toContain('1234.5678');
    let mark = session.output.length;
    session.press('h');
    await session.waitFor(/Hint 1 of \d+: /, mark);
    mark = session.output.length;
    session.press('r');
    await session.waitFor(/revealed hidden-\d+ \(judged again to show it\)[\s\S]*input +x = [\d.]+[\s\S]*expected +[\d.]+[\s\S]*actual +0/, mark);
    mark = session.output.length;
    session.press('s');
    await session.waitFor(/kept as local-1 in \.kata\/cases\/half\.json/, mark);
    const kept = JSON.parse(readFileSync(join(ws, '.kata', 'cases', 'half.json'), 'utf8')) as { input: { x: number } }[];
    expect(kept[0]!.input.x).toBeGreaterThan(1000);
    mark = session.output.length;
    session.press('n');
    await session.waitFor(/\(add\) · solutions\/add\.ts/, mark);
    expect(existsSync(join(ws, 'solutions', 'add.ts'))).toBe(true);
    session.press('q');
    expect(await session.exit()).toBe(0);
    const progress = JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, { hintsUsed: number; reveals: number }> };
    expect(progress.problems.half).toMatchObject({ hintsUsed: 1, reveals: 1 });
  }, 180_000);

  it('answers every key pressed while a run is going, in order', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { return x; }\n');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    // Read while the first run of the examples is going: both presses wait behind it.
    session.press('hh');
    await session.waitFor(/Hint 2 of \d+: /, 0);
    session.press('q');
    expect(await session.exit()).toBe(0);
    const progress = JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, { hintsUsed: number }> };
    expect(progress.problems.half!.hintsUsed).toBe(2);
  }, 120_000);

  it('runs the examples again on a save made behind a burst of keys', async () => {
    const ws = copyWorkspace();
    const file = join(ws, 'solutions', 'half.ts');
    // Slow enough (0.8 s a call, within the 1 s limit) that the keys and the save all wait behind the first run.
    const slow = 'export function half(x: number): number { const end = Date.now() + 800; while (Date.now() < end); return x; }\n';
    writeFileSync(file, slow);
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/running the examples/, 0);
    session.press('h'.repeat(12));
    writeFileSync(file, slow);
    await session.waitFor(/running the examples[\s\S]*running the examples[\s\S]*examples: WA/, 0);
    session.press('q');
    expect(await session.exit()).toBe(0);
  }, 120_000);

  it('runs nothing that was queued once q is pressed', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { const end = Date.now() + 800; while (Date.now() < end); return x; }\n');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/running the examples/, 0);
    session.press('hhq');
    expect(await session.exit()).toBe(0);
    expect(session.output).not.toMatch(/Hint \d+ of/);
    const progress = JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, { hintsUsed?: number }> };
    expect(progress.problems.half?.hintsUsed ?? 0).toBe(0);
  }, 120_000);

  it('runs no key that comes after q in the same read', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { return x; }\n');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/examples: WA/, 0);
    session.press('qh');
    expect(await session.exit()).toBe(0);
    expect(session.output).not.toMatch(/Hint \d+ of/);
  }, 120_000);

  it("records a run under the problem it began on when another problem's file is saved meanwhile", async () => {
    const ws = copyWorkspace();
    const slow = 'export function half(x: number): number { const end = Date.now() + 800; while (Date.now() < end); return x; }\n';
    writeFileSync(join(ws, 'solutions', 'half.ts'), slow);
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/running the examples/, 0);
    writeFileSync(join(ws, 'solutions', 'add.ts'), 'export function add(a: number, b: number): number { return a + b; }\n');
    await session.waitFor(/\(add\) · solutions\/add\.ts[\s\S]*examples: AC/, 0);
    session.press('q');
    expect(await session.exit()).toBe(0);
    const progress = JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, { attempts: number; lastVerdict: string }> };
    expect(progress.problems.half).toMatchObject({ attempts: 1, lastVerdict: 'WA' });
    expect(progress.problems.add!.lastVerdict).toBe('AC');
  }, 120_000);

  it('shows the first hint and records nothing when the progress file is broken', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { return x; }\n');
    mkdirSync(join(ws, '.kata'), { recursive: true });
    writeFileSync(join(ws, '.kata', 'progress.json'), '{"problems": ');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    await session.waitFor(/examples: WA[\s\S]*progress not recorded: \.kata\/progress\.json is not valid JSON/, 0);
    const mark = session.output.length;
    session.press('h');
    await session.waitFor(/Hint 1 of \d+:[\s\S]*hint not recorded: \.kata\/progress\.json is not valid JSON/, mark);
    session.press('q');
    expect(await session.exit()).toBe(0);
    expect(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')).toBe('{"problems": ');
  }, 120_000);

  it('says when a thread of an earlier run is stuck in a native call, and still quits', async () => {
    const ws = copyWorkspace();
    writeFileSync(join(ws, 'solutions', 'add.ts'), readFileSync(join(REPO, 'tests', 'hostile', 'solutions', 'unstoppable-includes.ts'), 'utf8'));
    session = new WatchSession(ws, 'add', '--no-typecheck');
    await session.waitFor(/examples: TLE/, 0);
    const mark = session.output.length;
    await session.waitFor(/an earlier run's thread is stuck in one native call that cannot be interrupted/, mark);
    session.press('q');
    // Node's exit would wait for the thread for ever: kata ends itself instead.
    expect(await session.exit()).toBe(null);
    expect(session.child.signalCode).toBe('SIGKILL');
  }, 120_000);

  it('goes on watching, without keys, when its standard input ends', async () => {
    const ws = copyWorkspace();
    const file = join(ws, 'solutions', 'half.ts');
    writeFileSync(file, 'export function half(x: number): number { return x; }\n');
    session = new WatchSession(ws, 'half', '--no-typecheck');
    session.child.stdin.end();
    await session.waitFor(/examples: WA[\s\S]*keys are off: Ctrl-C stops kata watch|keys are off: Ctrl-C stops kata watch[\s\S]*examples: WA/, 0);
    const mark = session.output.length;
    writeFileSync(file, 'export function half(x: number): number { return x / 2; }\n');
    await session.waitFor(/examples: AC/, mark);
    // Keys are not offered once none can reach kata watch.
    expect(session.output.slice(mark)).not.toContain('h hint · j judge');
    // kata's exit status for SIGTERM (src/cli/main.ts).
    session.child.kill('SIGTERM');
    expect(await session.exit()).toBe(143);
  }, 120_000);

  it('names the missing solution when there is nothing to watch, with exit 2', async () => {
    const ws = copyWorkspace();
    session = new WatchSession(ws);
    expect(await session.exit()).toBe(2);
    expect(session.output).toContain('kata next picks a problem');
  }, 60_000);
});
