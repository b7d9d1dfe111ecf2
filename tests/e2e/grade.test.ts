/**
 * `kata grade` on a class folder with known verdicts (tests/fixtures/class/README.md): every reporter,
 * checked with the tools that read its format (xmllint and a JUnit schema, a TAP parser, a JSON parser),
 * the same verdicts as `kata judge` per file, shards that together grade everything once and merge
 * into the unsharded report, and the refusals a grader needs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'tap-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, FIXTURE_WORKSPACE, kata, kataWithEnv, REPO, temporaryFolder, type CliResult } from '../helpers.ts';

const CLASS = join(REPO, 'tests', 'fixtures', 'class');
const PROBLEMS = ['--problems', FIXTURE_WORKSPACE, '--only', 'add,sum-to,half'];
const out = temporaryFolder('kata-grade-');
const file = (name: string) => join(out, name);

interface Result {
  submitter: string | null;
  problem: string;
  solution: string;
  verdict: string;
  passed: number;
  total: number;
  cases: { id: string; kind: string; verdict: string; message?: string }[];
}
interface Report {
  results: Result[];
  unmatched: { submitter: string | null; file: string; reason: string }[];
  missing: { submitter: string | null; slug: string }[];
  summary: { solutions: number; accepted: number };
  incomplete?: boolean;
}

const EXPECTED: Record<string, string> = {
  'ana/add': 'AC', 'ana/sum-to': 'AC', 'ana/half': 'AC',
  'ben/add': 'WA', 'ben/sum-to': 'TLE',
  'cy/add': 'RE', 'cy/sum-to': 'CE', 'cy/half': 'MLE',
  'dee/add': 'AC', 'dee/half': 'AC',
};
const key = (r: { submitter: string | null; problem: string }) => `${r.submitter}/${r.problem}`;
const readReport = (name: string) => JSON.parse(readFileSync(file(name), 'utf8')) as Report;

let graded: CliResult;
const summaryFile = file('step-summary.md');
/** Debian's Chromium, which .ci/run installs. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

beforeAll(() => {
  const reporters = ['junit=junit.xml', 'json=grade.json', 'tap=grade.tap', 'csv=grade.csv', 'html=grade.html', 'github=github.txt'].flatMap((spec) => ['--reporter', spec.replace(/=(.*)$/, (_, name: string) => `=${file(name)}`)]);
  graded = kataWithEnv(REPO, { NO_COLOR: '1', GITHUB_STEP_SUMMARY: summaryFile }, 'grade', CLASS, ...PROBLEMS, '--reporter', 'human', ...reporters);
}, 120_000);

describe('kata grade on a class folder', () => {
  it('exits 1, with the table of submitters by problems on standard output', () => {
    expect(graded.status, graded.stderr).toBe(1);
    expect(graded.stdout).toMatch(/^\s+add\s+sum-to\s+half\s+accepted$/m);
    expect(graded.stdout).toMatch(/^ana\s+AC 5\/5 .* 3\/3$/m);
    expect(graded.stdout).toMatch(/^ben\s+WA .*TLE .*missing\s+0\/3$/m);
    expect(graded.stdout).toMatch(/5\/10 solutions accepted \(5 AC, 1 WA, 1 TLE, 1 MLE, 1 RE, 1 CE\), 2 not attempted/);
  });

  it('gives every file its verdict, and reports what matched no problem and what was not attempted', () => {
    const report = readReport('grade.json');
    expect(Object.fromEntries(report.results.map((r) => [key(r), r.verdict]))).toEqual(EXPECTED);
    expect(report.missing).toEqual([{ submitter: 'ben', slug: 'half' }, { submitter: 'dee', slug: 'sum-to' }]);
    expect(report.unmatched).toEqual([
      { submitter: null, file: 'tests/fixtures/class/README.md', reason: expect.stringMatching(/^a file beside the submitters' folders/) },
      { submitter: 'cy', file: 'tests/fixtures/class/cy/ad.ts', reason: 'no problem "ad" is graded; did you mean add.ts?' },
      { submitter: 'cy', file: 'tests/fixtures/class/cy/notes.txt', reason: 'not a TypeScript file (<slug>.ts)' },
    ]);
  });

  it('gives each file exactly the report kata judge --json gives it', () => {
    const report = readReport('grade.json');
    for (const result of report.results) {
      const judged = kata(REPO, 'judge', result.problem, '--root', FIXTURE_WORKSPACE, '--solution', join(CLASS, result.submitter!, `${result.problem}.ts`), '--json');
      const alone = JSON.parse(judged.stdout) as Result;
      const shape = (r: Result) => ({ verdict: r.verdict, passed: r.passed, total: r.total, cases: r.cases.map((c) => [c.id, c.verdict]) });
      expect(shape(result), key(result)).toEqual(shape(alone));
    }
  }, 120_000);

  it('writes JUnit XML that the JUnit schema accepts, with failures and errors counted', () => {
    const check = spawnSync('xmllint', ['--noout', '--schema', join(REPO, 'tests', 'fixtures', 'junit', 'junit.xsd'), file('junit.xml')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    const xml = readFileSync(file('junit.xml'), 'utf8');
    expect(xml).toMatch(/<testsuite name="ben\/add" tests="5" failures="5" errors="0" skipped="0"/);
    expect(xml).toMatch(/<testsuite name="ben\/sum-to" tests="2" failures="1" errors="0" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="cy\/sum-to" [^>]*errors="1"/);
    expect(xml).toMatch(/<testsuite name="ben\/half" tests="1" failures="1"/);
    expect(xml).toMatch(/<testcase name="tests\/fixtures\/class\/cy\/notes.txt" [^>]*>\s*<skipped message="not a TypeScript file/);
  });

  it('writes TAP 14 that a TAP parser reads: a test point per solution and per problem not attempted', async () => {
    const parser = new Parser();
    const done = new Promise<{ ok: boolean; count: number; pass: number; fail: number; plan: { end: number } }>((resolve) => parser.on('complete', resolve));
    parser.end(readFileSync(file('grade.tap'), 'utf8'));
    const result = await done;
    expect(result.plan.end).toBe(12);
    expect(result.count).toBe(12);
    expect(result.pass).toBe(5);
    expect(result.fail).toBe(7);
  });

  it('writes a gradebook as CSV', () => {
    expect(readFileSync(file('grade.csv'), 'utf8').split('\r\n')).toEqual([
      'submitter,add,sum-to,half,accepted,of',
      'ana,AC,AC,AC,3,3',
      'ben,WA,TLE,missing,0,3',
      'cy,RE,CE,MLE,0,3',
      'dee,AC,missing,AC,2,3',
      '',
    ]);
  });

  it('writes GitHub annotations on each failing file and line, and appends the job summary', () => {
    const lines = readFileSync(file('github.txt'), 'utf8').split('\n');
    expect(lines.filter((line) => line.startsWith('::error file='))).toHaveLength(5);
    // The RE names the line that threw (add-throws.ts throws on line 3).
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=tests\/fixtures\/class\/cy\/add\.ts,line=3,title=RE%3A cy\/add::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=tests\/fixtures\/class\/cy\/sum-to\.ts,line=2,/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error title=missing%3A ben\/half::/));
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=tests\/fixtures\/class\/cy\/ad\.ts,title=matched no problem::/));
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^\| submitter \| add \| sum-to \| half \| accepted \|$/m);
    expect(summary).toMatch(/^\| cy \| ❌ RE 2\/5 .*\| 0\/3 \|$/m);
  });

  it('never shows a hidden case\'s input, expected value or the solution\'s text in any output', () => {
    const outputs = ['junit.xml', 'grade.json', 'grade.tap', 'grade.csv', 'grade.html', 'github.txt'].map((name) => readFileSync(file(name), 'utf8')).join('\n') + graded.stdout;
    for (const slug of ['add', 'sum-to', 'half']) {
      const hidden = JSON.parse(readFileSync(join(FIXTURE_WORKSPACE, 'problems', slug, 'hidden.json'), 'utf8')) as { input: Record<string, unknown>; expected: unknown }[];
      for (const value of hidden.flatMap((c) => [...Object.values(c.input), c.expected]).map((v) => JSON.stringify(v)).filter((text) => text.length >= 4)) {
        expect(outputs).not.toContain(value);
      }
    }
    const report = readReport('grade.json');
    for (const result of report.results) for (const c of result.cases.filter((c) => c.kind === 'hidden' && c.message)) expect(c.message).not.toMatch(/cannot add/);
  });
});

describe('sharding and merging', () => {
  it('splits the class into shards that together grade every solution exactly once, and merge into the whole', () => {
    const shards = [1, 2, 3].map((i) => {
      const result = kata(REPO, 'grade', CLASS, ...PROBLEMS, '--shard', `${i}/3`, '--reporter', `json=${file(`shard-${i}.json`)}`);
      expect([0, 1], result.stderr).toContain(result.status);
      return readReport(`shard-${i}.json`);
    });
    const keys = shards.flatMap((shard) => shard.results.map(key)).sort();
    expect(keys).toEqual(Object.keys(EXPECTED).sort());
    expect(shards.every((shard) => shard.results.length >= 2)).toBe(true);
    const merged = kata(REPO, 'merge-reports', ...[1, 2, 3].map((i) => file(`shard-${i}.json`)), '--json');
    expect(merged.status).toBe(1);
    const whole = readReport('grade.json');
    const withoutTimes = (report: Report) => JSON.parse(JSON.stringify(report, (name, value: unknown) => (['timeMs', 'timing', 'peakHeapMb', 'shards'].includes(name) ? undefined : value))) as Report;
    expect(withoutTimes(JSON.parse(merged.stdout) as Report)).toEqual(withoutTimes(whole));
  }, 120_000);

  it('marks a merge that lacks a shard incomplete', () => {
    const merged = kata(REPO, 'merge-reports', file('shard-1.json'), file('shard-3.json'), '--json');
    expect((JSON.parse(merged.stdout) as Report).incomplete).toBe(true);
  });

  it('refuses a report that is not one, naming the file and the field', () => {
    writeFileSync(file('broken.json'), JSON.stringify({ schemaVersion: 1, layout: 'class', results: 'none' }));
    const merged = kata(REPO, 'merge-reports', file('broken.json'));
    expect(merged.status).toBe(2);
    expect(merged.stderr).toMatch(/broken\.json is not a kata grade report: submitters/);
  });
});

describe('grading one person\'s folder', () => {
  it('grades DIR/<slug>.ts with no submitter, and exits 0 when every problem is accepted', () => {
    const flat = join(out, 'flat');
    mkdirSync(flat, { recursive: true });
    writeFileSync(join(flat, 'add.ts'), readFileSync(join(CLASS, 'ana', 'add.ts')));
    writeFileSync(join(flat, 'half.ts'), readFileSync(join(CLASS, 'ana', 'half.ts')));
    const result = kata(REPO, 'grade', flat, '--problems', FIXTURE_WORKSPACE, '--only', 'add,half', '--json');
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report & { layout: string };
    expect(report.layout).toBe('flat');
    expect(report.results.map((r) => [r.submitter, r.problem, r.verdict])).toEqual([[null, 'add', 'AC'], [null, 'half', 'AC']]);
  });
});

describe('what a grader gets wrong', () => {
  it.each([
    [['--shard', '4/3'], /--shard 4\/3 is not a shard/],
    [['--reporter', 'xml'], /unknown reporter "xml"/],
    [['--reporter', 'json', '--reporter', 'tap'], /json and tap would both write to standard output/],
    [['--only', 'ad'], /unknown problem "ad"/],
    [['--jobs', '0'], /--jobs must be a whole number from 1 to 1024, not "0"/],
    [['--reporter', `json=${join(FIXTURE_WORKSPACE, 'problems', 'add', 'hidden.json')}`], /would write over .*hidden\.json/],
  ])('%j: exit 2 with a message', (args, message) => {
    const result = kata(REPO, 'grade', CLASS, '--problems', FIXTURE_WORKSPACE, ...(args as string[]));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message as RegExp);
  });

  it('refuses a folder that mixes both layouts', () => {
    const mixed = join(out, 'mixed');
    mkdirSync(join(mixed, 'zoe'), { recursive: true });
    writeFileSync(join(mixed, 'add.ts'), '');
    const result = kata(REPO, 'grade', mixed, '--problems', FIXTURE_WORKSPACE);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/holds both solution files \(add\.ts\) and folders \(zoe\/\)/);
  });

  it('refuses to grade without OS isolation, unless --isolation=node says so on purpose', () => {
    const refused = kataWithEnv(REPO, { KATA_BWRAP: '/nonexistent/bwrap' }, 'grade', CLASS, ...PROBLEMS, '--only', 'add');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/OS isolation is not available/);
    const allowed = kataWithEnv(REPO, { KATA_BWRAP: '/nonexistent/bwrap' }, '--isolation=node', 'grade', join(CLASS), '--problems', FIXTURE_WORKSPACE, '--only', 'add', '--json');
    expect(allowed.status).toBe(1);
    expect((JSON.parse(allowed.stdout) as Report).results).toHaveLength(4);
  });
});

/** What the page's script sees of an element; the tests load no DOM typings. */
interface DomNode {
  textContent: string | null;
  querySelector(selector: string): DomNode | null;
}

describe('the HTML report in a real browser', () => {
  it('opens without the network, sorts by a column, and opens a cell on its cases and chart', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(`file://${file('grade.html')}`);
      // The text of one column, top to bottom: a result cell's summary, or the cell's text.
      const column = (index: number) =>
        page.$$eval('#grades > tbody > tr', (rows, i) => rows.map((row) => {
          const cell = (row as unknown as { cells: ArrayLike<DomNode> }).cells[i]!;
          return (cell.querySelector('summary') ?? cell).textContent;
        }), index);
      expect(await column(0)).toEqual(['ana', 'ben', 'cy', 'dee']);
      // Sort by "half": accepted first, then by verdict, missing last.
      await page.click('#grades th:has-text("half")');
      expect(await column(3)).toEqual(['AC 3/3', 'AC 3/3', 'MLE 0/3', 'missing']);
      expect(await column(0)).toEqual(['ana', 'dee', 'cy', 'ben']);
      // Again: reversed (ties keep their order).
      await page.click('#grades th:has-text("half")');
      expect(await column(0)).toEqual(['ben', 'cy', 'ana', 'dee']);
      // Sort by accepted, then open cy's add: its cases, and a bar per case that ran.
      await page.click('#grades th:has-text("submitter")');
      const cell = page.locator('#grades > tbody > tr').nth(2).locator('td').nth(1);
      await cell.locator('summary').click();
      await expect.poll(() => cell.locator('table.cases tr').count()).toBe(6);
      expect(await cell.locator('svg.chart rect').count()).toBe(5);
      expect(await cell.locator('table.cases').innerText()).toContain('the solution threw');
      expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe('Ctrl-C during a grade', () => {
  it('kills every sandbox, writes what finished marked incomplete, prints one JSON object and exits 130', async () => {
    const { spawn } = await import('node:child_process');
    const junit = file('interrupted.xml');
    // Problems of its own, so that its sandboxes (named by their cache folder) are told apart from other tests'.
    const problems = copyWorkspace();
    rmSync(join(problems, '.kata'), { recursive: true, force: true }); // no type checks cached from earlier runs
    const cli = spawn(process.execPath, [join(REPO, 'bin', 'kata.js'), 'grade', CLASS, '--problems', problems, '--only', 'add,sum-to,half', '--jobs', '1', '--json', '--reporter', `junit=${junit}`], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => cli.once('exit', (code) => resolve(code)));
    // One at a time, a solution's type check is cached as it starts: the fourth means ana's three are done.
    const checks = join(problems, '.kata', 'cache', 'typecheck');
    const count = () => (existsSync(checks) ? readdirSync(checks).filter((name) => name.endsWith('.json')).length : 0);
    for (let waited = 0; count() < 4 && waited < 30_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    const report = JSON.parse(stdout) as Report;
    expect(report.incomplete).toBe(true);
    expect(report.results.length).toBeGreaterThan(0);
    expect(report.results.length).toBeLessThan(10);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="ana\/add"/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const left = spawnSync('pgrep', ['-f', problems], { encoding: 'utf8' }).stdout.trim();
    expect(left).toBe('');
  }, 60_000);
});
