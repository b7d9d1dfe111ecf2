/**
 * kata test's early start: the thread begun from argv before the CLI loads is handed over only when it
 * was begun for the same problem, harness and heap limit; in any other case it is not begun, or it ends.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { begin, takeEarlyThread } from '../../../src/cli/early.ts';
import { prepareRuntime } from '../../../src/judge/compile.ts';
import { THREAD_HARNESS_POINTER } from '../../../src/judge/thread-sandbox.ts';
import { temporaryFolder } from '../../helpers.ts';

const root = temporaryFolder('kata-early-');
const cacheDir = join(root, '.kata', 'cache');
let harness = '';
const cwd = process.cwd();

beforeAll(() => {
  mkdirSync(join(root, 'problems', 'p'), { recursive: true });
  writeFileSync(join(root, 'problems', 'p', 'problem.json'), JSON.stringify({ limits: { timeMs: 1000, memoryMb: 64 } }));
  mkdirSync(join(root, 'solutions'));
  // A solution that prints has no inline form: its cases run in a thread, which is begun early.
  writeFileSync(join(root, 'solutions', 'p.ts'), 'export function f(): number {\n  console.log(1);\n  return 1;\n}\n');
  harness = prepareRuntime(cacheDir).threadHarness; // also writes the pointer begin() reads
  process.chdir(root);
});
afterEach(() => takeEarlyThread('', '', 0)); // ends whatever a test left begun
afterAll(() => process.chdir(cwd));

describe('the early thread of kata test', () => {
  it('is begun for `kata test <slug>` and handed over for the same problem, harness and heap limit', async () => {
    await begin(['node', 'kata', 'test', 'p', '--no-typecheck']);
    const thread = takeEarlyThread('p', harness, 64);
    expect(thread?.harness).toBe(harness);
    expect(takeEarlyThread('p', harness, 64)).toBeUndefined(); // handed over once
    await thread!.worker.terminate();
  });

  it('is not begun for a solution that looks as if it runs inline', async () => {
    writeFileSync(join(root, 'solutions', 'p.ts'), 'export function f(): number {\n  return 1;\n}\n');
    try {
      await begin(['node', 'kata', 'test', 'p']);
      expect(takeEarlyThread('p', harness, 64)).toBeUndefined();
    } finally {
      writeFileSync(join(root, 'solutions', 'p.ts'), 'export function f(): number {\n  console.log(1);\n  return 1;\n}\n');
    }
  });

  it('is ended, not handed over, when the problem, the harness or the heap limit differ', async () => {
    for (const [slug, file, memoryMb] of [['q', harness, 64], ['p', `${harness}.old`, 64], ['p', harness, 128]] as const) {
      await begin(['node', 'kata', 'test', 'p']);
      expect(takeEarlyThread(slug, file, memoryMb)).toBeUndefined();
    }
  });

  it('is not begun for another command, another file, an isolation layer, or without a prepared runtime', async () => {
    for (const argv of [['judge', 'p'], ['test', 'p', '--solution', 'x.ts'], ['test', '--root', '.', 'p'], ['test', '../p']]) {
      await begin(['node', 'kata', ...argv]);
      expect(takeEarlyThread('p', harness, 64), argv.join(' ')).toBeUndefined();
    }
    process.env.KATA_ISOLATION = 'node';
    try {
      await begin(['node', 'kata', 'test', 'p']);
      expect(takeEarlyThread('p', harness, 64)).toBeUndefined();
    } finally {
      delete process.env.KATA_ISOLATION;
    }
    writeFileSync(join(cacheDir, THREAD_HARNESS_POINTER), '/nowhere/harness.mjs');
    await begin(['node', 'kata', 'test', 'p']);
    expect(takeEarlyThread('p', harness, 64)).toBeUndefined();
  });
});
