/**
 * The practice loop's record through the real CLI: test and judge runs recorded in .kata/progress.json,
 * list's status column and filters, next's pick, hints revealed in order, and the progress summary.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, kata, REPO } from '../helpers.ts';

const ws = copyWorkspace();
const progress = () => JSON.parse(readFileSync(join(ws, '.kata', 'progress.json'), 'utf8')) as { problems: Record<string, Record<string, unknown>>; days: string[] };

beforeAll(() => {
  copyFileSync(join(ws, 'problems', 'add', 'reference.ts'), join(ws, 'solutions', 'add.ts'));
  writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(n: number): number { return n; }\n');
  expect(kata(ws, 'judge', 'add', '--no-typecheck').status).toBe(0);
  expect(kata(ws, 'test', 'half', '--no-typecheck').status).toBe(1);
}, 120_000);

describe('the record of attempts', () => {
  it('records each test and judge run, and an accepted judge as solved', () => {
    const { problems, days } = progress();
    expect(problems.add).toMatchObject({ attempts: 1, lastVerdict: 'AC', hintsUsed: 0, reveals: 0 });
    expect(problems.add!.solved).toBe(problems.add!.firstAttempt);
    expect(typeof problems.add!.bestTimeMs).toBe('number');
    expect(problems.half).toMatchObject({ attempts: 1, lastVerdict: 'WA' });
    expect(problems.half!.solved).toBeUndefined();
    expect(days).toHaveLength(1);
  });

  it('leaves the record alone when another file is judged with --solution', () => {
    const before = progress().problems.add!.attempts;
    const other = join(ws, 'problems', 'add', 'reference.ts');
    const tested = kata(ws, 'test', 'add', '--no-typecheck', '--solution', other);
    expect(progress().problems.add!.attempts).toBe(before);
    // The next step judges the same file, not the workspace's own solution.
    expect(tested.stdout).toContain(`next: kata judge add --solution ${other}`);
  });
});

describe('kata list', () => {
  it('shows a header and each problem with its status', () => {
    const { stdout, status } = kata(ws, 'list');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^STATUS\s+SLUG\s+TITLE\s+LEVEL\s+TAGS$/);
    expect(stdout).toMatch(/✓ solved\s+add\s+Add Two Numbers\s+easy\s+fixture/);
    // Every column starts at the same place on every row, whatever the status.
    const slugColumn = (line: string) => line.search(/\b(add|half|sum-to|SLUG)\b/);
    const rows = stdout.split('\n').filter((line) => /^(STATUS|✓ solved|attempted|new)/.test(line) && /\b(add|half|sum-to|SLUG)\b/.test(line));
    expect(new Set(rows.map(slugColumn)).size).toBe(1);
    expect(stdout).toMatch(/attempted\s+half\s/);
    expect(stdout).toMatch(/new\s+sum-to\s/);
    expect(stdout).toContain('7 problems, 1 solved in all');
  });

  it('filters by tag, difficulty and what is not solved yet', () => {
    const slugs = (...args: string[]) => (JSON.parse(kata(ws, 'list', '--json', ...args).stdout) as { slug: string }[]).map((row) => row.slug);
    expect(slugs('--tag', 'fixture')).toEqual(['add', 'fill-squares', 'mirror', 'sum-to']);
    expect(slugs('--todo', '--tag', 'fixture')).toEqual(['fill-squares', 'mirror', 'sum-to']);
    // The solved problem --todo leaves out still counts in the footer.
    expect(kata(ws, 'list', '--todo').stdout).toContain('6 problems of 7, 1 solved in all');
    expect(slugs('--difficulty', 'hard')).toEqual([]);
    expect(kata(ws, 'list', '--difficulty', 'hard').stdout).toContain('no problem matches');
  });

  it('refuses an unknown tag or difficulty with exit 2, suggesting the close ones', () => {
    const tag = kata(ws, 'list', '--tag', 'fixtur');
    expect(tag.status).toBe(2);
    expect(tag.stderr).toContain('no problem is tagged "fixtur"');
    expect(tag.stderr).toContain('did you mean "fixture"');
    const level = kata(ws, 'list', '--difficulty', 'extreme');
    expect(level.status).toBe(2);
    expect(level.stderr).toContain('use one of easy, medium, hard');
  });
});

describe('kata next', () => {
  it('picks a started problem before new ones of the same difficulty, and says how to go on', () => {
    const { stdout, status } = kata(ws, 'next');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^half\s/);
    expect(stdout).toContain('started');
    expect(stdout).toContain('start: kata test half');
  });

  it('says kata new for a problem without a solution, and honours the tag', () => {
    const { stdout } = kata(ws, 'next', '--tag', 'tree');
    expect(stdout).toMatch(/^mirror\s/);
    expect(stdout).toContain('start: kata new mirror');
  });
});

describe('kata hint', () => {
  it('reveals the hints one at a time, in order, and records how many were used', () => {
    const first = kata(ws, 'hint', 'sum-to');
    expect(first.stdout).toMatch(/^Hint 1 of 2:\n  Start from the smallest inputs/);
    expect(first.stdout).toContain('kata hint sum-to shows the next one');
    const second = kata(ws, 'hint', 'sum-to');
    expect(second.stdout).toMatch(/^Hint 1 of 2:\n  .*\nHint 2 of 2:\n  /);
    expect(second.stdout).toContain('that was the last hint');
    kata(ws, 'hint', 'sum-to');
    expect(progress().problems['sum-to']).toMatchObject({ hintsUsed: 2, attempts: 0 });
    // Without a slug: the problem whose solution was saved last.
    writeFileSync(join(ws, 'solutions', 'add.ts'), readFileSync(join(ws, 'solutions', 'add.ts'), 'utf8'));
    expect(kata(ws, 'hint').stdout).toMatch(/^Hint 1 of 2 \(add\):/);
    // add is solved: the last hint does not point at --reveal.
    expect(kata(ws, 'hint').stdout).toContain('that was the last hint\n');
  });

  it('shows the first hint, and writes nothing, when the progress file is broken', () => {
    const other = copyWorkspace();
    const file = join(other, '.kata', 'progress.json');
    mkdirSync(join(other, '.kata'), { recursive: true });
    writeFileSync(file, '{"problems": ');
    const result = kata(other, 'hint', 'sum-to');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Hint 1 of 2:\n  Start from the smallest inputs/);
    expect(result.stdout).not.toContain('shows the next one');
    expect(result.stderr).toContain('hint not recorded: .kata/progress.json is not valid JSON');
    expect(result.stderr).toContain('until then kata hint shows only the first hint');
    expect(readFileSync(file, 'utf8')).toBe('{"problems": ');
  });
});

describe('kata progress', () => {
  it('sums up solved, attempted and new, by difficulty and tag, with the streak', () => {
    const summary = JSON.parse(kata(ws, 'progress', '--json').stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      total: { solved: 1, attempted: 1, new: 5, total: 7 },
      byDifficulty: { easy: { solved: 1, attempted: 1, new: 5, total: 7 } },
      streak: { current: 1, longest: 1 },
      // Two hints of sum-to, two of add (asked for without a slug).
      hintsUsed: 4,
    });
    expect((summary.byTag as Record<string, unknown>).fixture).toEqual({ solved: 1, attempted: 0, new: 3, total: 4 });
    const text = kata(ws, 'progress').stdout;
    expect(text).toContain('1/7 solved, 1 attempted, 5 untouched');
    expect(text).toContain('streak: 1 day (longest 1)');
  });
});

describe('kata test --json and --verbose', () => {
  it('prints one JSON object like kata judge --json', () => {
    const result = kata(ws, 'test', 'add', '--json', '--no-typecheck');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { schemaVersion: number; verdict: string; cases: { kind: string }[] };
    expect(report).toMatchObject({ schemaVersion: 1, problem: 'add', verdict: 'AC' });
    expect(report.cases.every((c) => c.kind === 'example')).toBe(true);
  });

  it('shows what passing cases printed with --verbose, and only then', () => {
    writeFileSync(join(ws, 'solutions', 'chatty.ts'), 'export function add(a: number, b: number): number { console.log(`adding ${a} and ${b}`); return a + b; }\n');
    const quiet = kata(ws, 'test', 'add', '--solution', join(ws, 'solutions', 'chatty.ts'), '--no-typecheck');
    expect(quiet.stdout).not.toContain('adding');
    const verbose = kata(ws, 'test', 'add', '--solution', join(ws, 'solutions', 'chatty.ts'), '--no-typecheck', '--verbose');
    expect(verbose.stdout).toMatch(/✓ example-1 .*\n +output +adding \d+ and \d+/);
  });

  it('shows, with kata judge --verbose too, what passing examples printed, and never a hidden case\'s output', () => {
    const chatty = join(ws, 'solutions', 'chatty.ts');
    const verbose = kata(ws, 'judge', 'add', '--solution', chatty, '--no-typecheck', '--verbose');
    expect(verbose.status, verbose.stderr).toBe(0);
    expect(verbose.stdout).toMatch(/✓ example-1 .*\n +output +adding \d+ and \d+/);
    expect(verbose.stdout).not.toMatch(/✓ hidden-\d+ .*\n +output/);
    expect(kata(ws, 'judge', 'add', '--solution', chatty, '--no-typecheck').stdout).not.toContain('adding');
  });
});

describe('Ctrl-C during a judgment', () => {
  // A workspace of its own whose limit lets each call spin for 2 s: the judgment outlasts the moment of Ctrl-C.
  const slowWs = copyWorkspace();
  const meta = join(slowWs, 'problems', 'add', 'problem.json');
  writeFileSync(meta, readFileSync(meta, 'utf8').replace('"timeMs": 500', '"timeMs": 10000'));
  const slow = 'export function add(a: number, b: number): number { const end = Date.now() + 3000; while (Date.now() < end); return a + b; }\n';

  /** Starts `kata judge add` on a slow solution, sends SIGINT once `ready` matches, and collects what it printed. */
  const interrupt = (ready: RegExp, ...args: string[]) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      writeFileSync(join(slowWs, 'solutions', 'slow.ts'), slow);
      const child = spawn(process.execPath, [join(REPO, 'bin', 'kata.js'), 'judge', 'add', '--no-typecheck', '--solution', join(slowWs, 'solutions', 'slow.ts'), ...args], { cwd: slowWs, env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let sent = false;
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        if (!sent && ready.test(stdout)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      // With --json nothing is printed before the end: Ctrl-C comes after start-up (even on a loaded machine)
      // and long before 5 calls of 3 s each are over.
      if (ready.source === '^') setTimeout(() => ((sent = true), child.kill('SIGINT')), 6000);
      child.on('exit', (code) => resolve({ code, stdout }));
    });

  it('prints the cases that finished and "interrupted", with exit 130 (2 examples and 3 hidden cases)', async () => {
    const { code, stdout } = await interrupt(/✓ example-1/);
    expect(code).toBe(130);
    expect(stdout).toMatch(/interrupted +\d+ of 5 cases finished, \d+ passed/);
  }, 60_000);

  it('still prints exactly one JSON object with --json, marked interrupted', async () => {
    const { code, stdout } = await interrupt(/^/, '--json');
    expect(code).toBe(130);
    const report = JSON.parse(stdout) as { interrupted: boolean; total: number; cases: { verdict: string }[]; verdict: string | null };
    expect(report.interrupted).toBe(true);
    // An unfinished run is never AC: no verdict when the cases so far passed, else the first failure's.
    expect(report.verdict).not.toBe('AC');
    if (report.cases.every((c) => c.verdict === 'AC')) expect(report.verdict).toBeNull();
    expect(report.total).toBe(5);
    expect(report.cases.length).toBeLessThan(5);
  }, 60_000);
});

describe('kata judge --reveal', () => {
  it('shows the first failing hidden case in full, keeps it as a local case with --keep, and kata test then runs it', () => {
    writeFileSync(join(ws, 'solutions', 'half.ts'), 'export function half(x: number): number { return x > 1000 ? 0 : x / 2; }\n');
    const plain = kata(ws, 'judge', 'half', '--no-typecheck');
    expect(plain.stdout).not.toContain('1234.5678');
    expect(plain.stdout).toContain('kata judge half --reveal shows the first failing hidden case in full');
    const revealed = kata(ws, 'judge', 'half', '--no-typecheck', '--reveal', '--keep');
    expect(revealed.status).toBe(1);
    expect(revealed.stdout).toMatch(/revealed hidden-\d+ \(judged again to show it; long values are cut here, and a kept case is saved whole\)\n.*WA[\s\S]*input +x = 1234\.5678\n +expected +617\.2839\n +actual +0/);
    expect(revealed.stdout).toContain('kept as local-1 in .kata/cases/half.json: kata test half runs it from now on');
    expect(progress().problems.half).toMatchObject({ reveals: 1 });
    const test = kata(ws, 'test', 'half', '--no-typecheck');
    expect(test.stdout).toContain('examples and 1 local case (.kata/cases/half.json)');
    expect(test.stdout).toMatch(/✗ local-1 +WA/);
    expect(kata(ws, 'judge', 'half', '--no-typecheck', '--reveal', '--keep').stdout).toContain('already kept as local-1');
  });

  it('says that --keep or --reveal had nothing to show when every case passed', () => {
    writeFileSync(join(ws, 'solutions', 'half-right.ts'), 'export function half(x: number): number { return x / 2; }\n');
    const result = kata(ws, 'judge', 'half', '--solution', join(ws, 'solutions', 'half-right.ts'), '--no-typecheck', '--keep');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('--keep: nothing to show, every case passed');
  });

  it('refuses --reveal beside --json, with exit 2', () => {
    const result = kata(ws, 'judge', 'half', '--reveal', '--json');
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'USAGE' } });
  });
});

describe('kata list on a package from a stranger', () => {
  it('prints a title or tag holding terminal escapes as text, never as escapes', () => {
    const meta = join(ws, 'problems', 'counts', 'problem.json');
    const original = readFileSync(meta, 'utf8');
    const data = JSON.parse(original) as { title: string; tags: string[] };
    writeFileSync(meta, JSON.stringify({ ...data, title: 'Counts\u001b[2J\u001b]0;owned\u0007', tags: ['x\u001b[31m'] }));
    try {
      const { stdout } = kata(ws, 'list');
      expect(stdout).not.toContain('\u001b');
      expect(stdout).toContain('Counts\\u001b[2J');
    } finally {
      writeFileSync(meta, original);
    }
  });
});

describe('where kata test runs the solver\'s own solution', () => {
  const own = copyWorkspace();
  const testAdd = (source: string, ...args: string[]) => {
    writeFileSync(join(own, 'solutions', 'add.ts'), source);
    const result = kata(own, 'test', 'add', '--no-typecheck', ...args);
    return { result, report: args.includes('--json') ? (JSON.parse(result.stdout) as { verdict: string; ranIn?: string; cases: { message?: string }[] }) : null };
  };

  it('in kata\'s main thread when it settles there, and says so in the JSON report', () => {
    const { result, report } = testAdd('export function add(a: number, b: number): number {\n  return a + b;\n}\n', '--json');
    expect(result.status, result.stderr).toBe(0);
    expect(report).toMatchObject({ verdict: 'AC', ranIn: 'inline' });
  });

  it('in a thread when it prints, so that --verbose shows its output', () => {
    const { result, report } = testAdd('export function add(a: number, b: number): number {\n  console.log(`adding ${a}`);\n  return a + b;\n}\n', '--json');
    expect(report).toMatchObject({ verdict: 'AC', ranIn: 'thread' });
    const verbose = kata(own, 'test', 'add', '--no-typecheck', '--verbose');
    expect(verbose.stdout, result.stderr).toMatch(/✓ example-1 .*\n +output +adding \d+/);
  });

  it('in a thread again when it throws inline, whose message names the line of the source', () => {
    const { result, report } = testAdd('export function add(a: number, b: number): number {\n  if (a >= 0) throw new Error("not yet");\n  return a + b;\n}\n', '--json');
    expect(result.status).toBe(1);
    expect(report).toMatchObject({ verdict: 'RE', ranIn: 'thread' });
    expect(report!.cases[0]!.message).toMatch(/not yet.*add\.ts:2/);
  });

  it('in a thread again when it leaves a rejected promise behind, which ends in RE, not in kata\'s crash', () => {
    const { result, report } = testAdd('export function add(a: number, b: number): number {\n  Promise.reject(new Error("unawaited"));\n  return a + b;\n}\n', '--json');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toContain('bug in kata');
    expect(report).toMatchObject({ verdict: 'RE', ranIn: 'thread' });
  });

  it('in a sandboxed process for another file (--solution), which the report does not mark', () => {
    const other = join(own, 'problems', 'add', 'reference.ts');
    const { report } = testAdd('export function add(a: number, b: number): number {\n  return a + b;\n}\n', '--json', '--solution', other);
    expect(report!.verdict).toBe('AC');
    expect(report!.ranIn).toBeUndefined();
  });
});
