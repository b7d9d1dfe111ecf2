/**
 * The inline host (src/judge/inline-host.ts) through judgeSolution, as kata test uses it: a solution it
 * can settle keeps its results (ranIn "inline"); anything else runs again in a thread, whose verdict
 * stands (ranIn "thread"), and this process survives whatever the solution did in its main thread.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_CAP_MS, exactJson } from '../../../src/judge/inline-host.ts';
import { judgeSolution } from '../../../src/judge/judge.ts';
import { loadProblem } from '../../../src/problem/load.ts';
import { FIXTURE_WORKSPACE, REPO, temporaryFolder } from '../../helpers.ts';

const dir = temporaryFolder('kata-inline-');
const cacheDir = join(dir, 'cache');
const BANK = REPO;

async function judgeInline(root: string, slug: string, source: string, timeLimitMs?: number) {
  const problem = loadProblem(root, slug);
  const file = join(dir, `${slug}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, source);
  const started = performance.now();
  const judgment = await judgeSolution({ problem, cases: problem.examples, solutionFile: file, solutionLabel: 'solution.ts', cacheDir, host: 'inline', ...(timeLimitMs !== undefined && { timeLimitMs }) });
  return { judgment, ms: performance.now() - started };
}

const ADD = 'export function add(a: number, b: number): number {\n  return a + b;\n}\n';

describe('the inline host', () => {
  it('settles an accepted solution itself, timings and heap figures included', async () => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', ADD);
    expect(judgment.verdict).toBe('AC');
    expect(judgment.ranIn).toBe('inline');
    for (const result of judgment.cases) {
      expect(result.timing?.method).toBe('median');
      expect(result.peakHeapMb).toBeGreaterThanOrEqual(0);
    }
  });

  it('settles a wrong answer itself, with the answer the judge compared', async () => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', 'export function add(a: number, b: number): number {\n  return a - b;\n}\n');
    expect(judgment.verdict).toBe('WA');
    expect(judgment.ranIn).toBe('inline');
    expect(judgment.cases[0]!.detail?.actual).toBe(-1);
  });

  it('runs a tree solution that imports the structures, and the bank class problem lru-cache, inline', async () => {
    const tree = await judgeInline(FIXTURE_WORKSPACE, 'mirror', "import { TreeNode } from 'kata/structures';\nexport function mirror(root: TreeNode | null): TreeNode | null {\n  return root === null ? null : new TreeNode(root.val, mirror(root.right), mirror(root.left));\n}\n");
    expect([tree.judgment.verdict, tree.judgment.ranIn]).toEqual(['AC', 'inline']);
    const lru = await judgeInline(BANK, 'lru-cache', readFileSync(join(BANK, 'problems', 'lru-cache', 'reference.ts'), 'utf8'));
    expect([lru.judgment.verdict, lru.judgment.ranIn]).toEqual(['AC', 'inline']);
  });

  it('awaits an async solution inside the script that called it', async () => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', 'export async function add(a: number, b: number): Promise<number> {\n  await null;\n  return a + b;\n}\n');
    expect([judgment.verdict, judgment.ranIn]).toEqual(['AC', 'inline']);
  });

  it.each([
    ['prints (its output shows only in a thread)', 'export function add(a: number, b: number): number {\n  console.log(a);\n  return a + b;\n}\n', 'AC'],
    ['names a timer', 'export function add(a: number, b: number): number {\n  if (typeof setTimeout === "function") return a + b;\n  return 0;\n}\n', 'AC'],
    ['names the harness', 'export function add(a: number, b: number): number {\n  return typeof __kata === "object" ? 0 : a + b;\n}\n', 'AC'],
  ])('leaves a solution that %s to a thread', async (_what, source, verdict) => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', source);
    expect([judgment.verdict, judgment.ranIn]).toEqual([verdict, 'thread']);
  });

  it.each([
    ['throws', 'export function add(a: number, b: number): number {\n  throw new Error("no");\n}\n', 'RE'],
    ['overflows the main thread\'s stack but not a thread\'s', 'function depth(n: number): number {\n  return n === 0 ? 0 : 1 + depth(n - 1);\n}\nexport function add(a: number, b: number): number {\n  return a + b + depth(200_000) - 200_000;\n}\n', 'AC'],
    ['leaves its promise pending', 'export function add(a: number, b: number): Promise<number> {\n  return new Promise(() => undefined);\n}\n', 'TLE'],
    ['rejects a promise that nothing waits for (Node reports it to kata\'s process, later)', 'export function add(a: number, b: number): number {\n  Promise.reject(new Error("unawaited"));\n  return a + b;\n}\n', 'RE'],
    ['rejects one after it has answered', 'export async function add(a: number, b: number): Promise<number> {\n  void (async () => {\n    await null;\n    await null;\n    throw new Error("late");\n  })();\n  return a + b;\n}\n', 'RE'],
    ['replaces Array.prototype.push, which the timings reply is built with (the judge checks the reply)', 'Object.defineProperty(Array.prototype, "push", { value: function (this: unknown[], ...items: unknown[]) {\n  for (const item of items) this[this.length] = String(item);\n  return this.length;\n}, writable: true, configurable: true });\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n', 'RE'],
    ['reaches for the harness by a computed name', 'export function add(a: number, b: number): number {\n  (globalThis as any)["__ka" + "ta"].run("guess", "{}");\n  return a + b;\n}\n', 'RE'],
  ])('gives up on a solution that %s, and the thread\'s verdict stands', async (_what, source, verdict) => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', source);
    expect([judgment.verdict, judgment.ranIn]).toEqual([verdict, 'thread']);
  });

  it('takes FinalizationRegistry away, whose callbacks would run on kata\'s event loop with no timeout', async () => {
    const source = 'const registry = new (globalThis as any)["Finalization" + "Registry"](() => {\n  for (;;);\n});\nexport function add(a: number, b: number): number {\n  for (let i = 0; i < 10_000; i++) registry.register({}, i);\n  return a + b;\n}\n';
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', source);
    expect(judgment.ranIn).toBe('thread');
    // This process's event loop still turns: a callback of the context's registry would have spun it forever.
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('stops a loop in kata\'s main thread within its cap, then judges it in a thread', async () => {
    const { judgment, ms } = await judgeInline(FIXTURE_WORKSPACE, 'add', 'export function add(a: number, b: number): number {\n  for (;;);\n}\n');
    expect([judgment.verdict, judgment.ranIn]).toEqual(['TLE', 'thread']);
    // The thread's wall limit for 500 ms, one cap inline, and starting a thread: not a second wait per example.
    expect(ms).toBeLessThan(CALL_CAP_MS + 5000);
  });

  it.each([
    ['grows its heap in a loop', 'export function add(a: number, b: number): number {\n  const hoard: number[][] = [];\n  for (;;) hoard.push(new Array(100_000).fill(a));\n}\n'],
    ['fills an array past the heap in one native call', 'export function add(a: number, b: number): number {\n  return new Array(1e9).fill(a).length;\n}\n'],
    ['holds memory in resizable buffers, outside V8\'s figures', 'const kept: ArrayBuffer[] = [];\nexport function add(a: number, b: number): number {\n  for (let i = 0; i < 6; i++) {\n    const buffer = new ArrayBuffer(1, { maxByteLength: 60 * 2 ** 20 });\n    buffer.resize(60 * 2 ** 20);\n    new Uint8Array(buffer).fill(1);\n    kept.push(buffer);\n  }\n  return a + b;\n}\n'],
    ['keeps what each call allocates', 'const kept: number[][] = [];\nexport function add(a: number, b: number): number {\n  for (let i = 0; i < 60; i++) kept.push(new Array(1_000_000).fill(i));\n  return a + b;\n}\n'],
  ])('survives a solution that %s, which the thread judges MLE', async (_what, source) => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', source, 5000);
    expect([judgment.verdict, judgment.ranIn]).toEqual(['MLE', 'thread']);
  });

  // The context is not a sandbox, but its own Function and the frames below the solution's reach no
  // further than the context: were kata's realm reached, the answer would be -1 (WA).
  it.each([
    ['its global object', 'return (globalThis as any).constructor.constructor("return typeof pro" + "cess")() === "undefined" ? a + b : -1;'],
    [
      'the functions on its stack',
      '(Error as any).prepareStackTrace = (_e: unknown, calls: any[]) => calls.map((c) => c.getFunction?.());\n  const found = (new Error().stack as unknown as unknown[]).filter((f) => typeof f === "function") as any[];\n  (Error as any).prepareStackTrace = undefined;\n  return found.some((f) => f.constructor("return typeof pro" + "cess")() !== "undefined") ? -1 : a + b;',
    ],
  ])('keeps kata\'s realm out of reach through %s', async (_what, body) => {
    const { judgment } = await judgeInline(FIXTURE_WORKSPACE, 'add', `export function add(a: number, b: number): number {\n  ${body}\n}\n`);
    expect([judgment.verdict, judgment.ranIn]).toEqual(['AC', 'inline']);
  });
});

describe('exactJson', () => {
  it('round-trips plain data', () => {
    const value = { a: [1, 2.5, 'x', true, null, [[]]], b: { c: 'd' } };
    expect(JSON.parse(exactJson(value)!)).toEqual(value);
  });

  it.each([[-0], [NaN], [Infinity], [[1, undefined]], [[1, , 3]], [10n], [new Map()], [{ f: () => 1 }]])('refuses %s, which JSON would change', (value) => {
    expect(exactJson(value)).toBeNull();
  });
});
