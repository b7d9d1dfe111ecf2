/**
 * `npm run bench`: kata's speed as ratios to what a user would otherwise run, measured side by side in
 * one run (the machine is shared and noisy: absolute times move, ratios of interleaved samples hold).
 * Every figure is the median of --runs samples (at least 10); in each round the commands run one after
 * another (A B C ... A B C ...), the order rotated, so that a burst of load hits them all alike.
 * Writes bench/results.json and prints a table that marks each target met or not.
 *
 *   npm run bench                     the single-solution figures, start-up, and grade of 40
 *   npm run bench -- --full           also kata validate of the whole bank (minutes)
 *   npm run bench -- --runs 15        more samples per figure
 *   npm run bench -- --skip-grade     without the grade figure (the slowest of the default ones)
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BIN, CLASS_PROBLEMS, makeWorkspace, ROOT, SLUG, VITEST, type BenchWorkspace } from './setup.ts';

const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '10' }, full: { type: 'boolean', default: false }, 'skip-grade': { type: 'boolean', default: false }, 'validate-runs': { type: 'string', default: '3' } } });
const RUNS = Number(flags.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a positive whole number');
const ENV = { ...process.env, NO_COLOR: '1' };

interface Sample {
  ms: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function timed(args: string[], cwd: string): Sample {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: ENV, maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - started, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectStatus(name: string, sample: Sample, allowed: number[]): Sample {
  if (!allowed.includes(sample.status ?? -1)) throw new Error(`${name} exited ${sample.status}:\n${sample.stdout}\n${sample.stderr}`);
  return sample;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Each command once per round, in an order rotated every round; returns every command's samples. */
function interleave(commands: Record<string, () => number>, runs: number): Record<string, number[]> {
  const names = Object.keys(commands);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) commands[name]!(); // warm-up, not counted: disk cache, compiled CLI, type-check cache
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      samples[name]!.push(commands[name]!());
    }
    process.stderr.write(`\r  round ${round + 1}/${runs}`);
  }
  process.stderr.write('\n');
  return samples;
}

function singleSolution(ws: BenchWorkspace): Record<string, number[]> {
  const kata = (...args: string[]) => () => expectStatus(`kata ${args.join(' ')}`, timed([BIN, ...args], ws.dir), [0]).ms;
  return interleave(
    {
      'node -e 0': () => timed(['-e', '0'], ws.dir).ms,
      floor: () => expectStatus('the floor script', timed([ws.floorScript], ws.dir), [0]).ms,
      [`kata test ${SLUG}`]: kata('test', SLUG),
      [`kata judge ${SLUG}`]: kata('judge', SLUG),
      'vitest run': () => expectStatus('vitest', timed([VITEST, 'run', '--root', ws.vitestDir], ws.vitestDir), [0]).ms,
      'kata --help': kata('--help'),
      'kata list': kata('list'),
    },
    RUNS,
  );
}

/** kata grade of the class against the same 40 files judged one `kata judge` at a time; verdicts must agree. */
function grading(ws: BenchWorkspace): Record<string, number[]> {
  const only = ['--only', CLASS_PROBLEMS.join(',')];
  const grade = () => expectStatus('kata grade', timed([BIN, 'grade', ws.classDir, ...only, '--json'], ws.dir), [0, 1]);
  const judgeEach = () => ws.classFiles.map((entry) => ({ ...entry, sample: expectStatus(`kata judge ${entry.file}`, timed([BIN, 'judge', entry.slug, '--solution', entry.file, '--json'], ws.dir), [0, 1]) }));
  const graded = JSON.parse(grade().stdout) as { results: { submitter: string; problem: string; verdict: string }[] };
  const alone = new Map(judgeEach().map((entry) => [`${entry.submitter}/${entry.slug}`, (JSON.parse(entry.sample.stdout) as { verdict: string }).verdict]));
  const changed = graded.results.filter((result) => alone.get(`${result.submitter}/${result.problem}`) !== result.verdict);
  if (graded.results.length !== ws.classFiles.length || changed.length > 0) throw new Error(`kata grade and kata judge disagree on ${changed.map((r) => `${r.submitter}/${r.problem}`).join(', ')}`);
  return interleave(
    {
      [`kata grade of ${ws.classFiles.length}`]: () => grade().ms,
      [`sum of ${ws.classFiles.length} kata judge`]: () => judgeEach().reduce((sum, entry) => sum + entry.sample.ms, 0),
    },
    RUNS,
  );
}

function validation(ws: BenchWorkspace): Record<string, number[]> {
  const runs = Number(flags['validate-runs']);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(expectStatus('kata validate', timed([BIN, 'validate'], ws.dir), [0, 1]).ms);
  return { 'kata validate (whole bank)': samples };
}

interface Figure {
  name: string;
  ratio: number;
  target?: { op: '<=' | '>='; value: number };
  met?: boolean;
}

function figures(m: Record<string, number>): Figure[] {
  const list: Figure[] = [];
  const add = (name: string, over: string, under: string, target?: Figure['target']) => {
    if (m[over] === undefined || m[under] === undefined) return;
    const ratio = m[over] / m[under];
    list.push({ name, ratio, ...(target && { target, met: target.op === '<=' ? ratio <= target.value : ratio >= target.value }) });
  };
  add(`kata test / floor`, `kata test ${SLUG}`, 'floor', { op: '<=', value: 1.5 });
  add(`kata judge / floor`, `kata judge ${SLUG}`, 'floor');
  add(`vitest run / kata test`, 'vitest run', `kata test ${SLUG}`, { op: '>=', value: 5 });
  add(`kata --help / node -e 0`, 'kata --help', 'node -e 0', { op: '<=', value: 1.5 });
  add(`kata list / node -e 0`, 'kata list', 'node -e 0', { op: '<=', value: 1.5 });
  add(`floor / node -e 0`, 'floor', 'node -e 0');
  const grade = Object.keys(m).find((name) => name.startsWith('kata grade of'));
  const sum = Object.keys(m).find((name) => name.startsWith('sum of'));
  if (grade && sum) add(`${grade} / ${sum}`, grade, sum, { op: '<=', value: 0.6 });
  return list;
}

function printTable(medians: Record<string, number>, samples: Record<string, number[]>, list: Figure[]): void {
  const width = Math.max(...Object.keys(medians).map((name) => name.length), ...list.map((f) => f.name.length));
  console.log(`\nmedian of ${RUNS} interleaved runs (Node ${process.version}, ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'})`);
  for (const [name, ms] of Object.entries(medians)) console.log(`  ${name.padEnd(width)}  ${ms.toFixed(0).padStart(7)} ms  (${samples[name]!.length} runs)`);
  console.log('');
  console.log(`  ${'ratio'.padEnd(width)}  ${'value'.padStart(7)}  target   met`);
  for (const f of list) {
    const target = f.target ? `${f.target.op} ${f.target.value}`.padEnd(7) : ''.padEnd(7);
    const met = f.met === undefined ? '' : f.met ? 'yes' : 'NO';
    console.log(`  ${f.name.padEnd(width)}  ${f.ratio.toFixed(2).padStart(7)}  ${target}  ${met}`);
  }
}

const ws = makeWorkspace();
const load = { before: loadavg()[0]! };
let samples: Record<string, number[]>;
try {
  console.error('single solution and start-up:');
  samples = singleSolution(ws);
  if (!flags['skip-grade']) {
    console.error(`kata grade of ${ws.classFiles.length} against kata judge one at a time:`);
    Object.assign(samples, grading(ws));
  }
  if (flags.full) {
    console.error('kata validate of the whole bank:');
    Object.assign(samples, validation(ws));
  }
} finally {
  rmSync(ws.dir, { recursive: true, force: true });
}
const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
const list = figures(medians);
printTable(medians, samples, list);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
const results = {
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadAverage: { before: load.before, after: loadavg()[0]! },
  runs: RUNS,
  medianMs: Object.fromEntries(Object.entries(medians).map(([name, ms]) => [name, Math.round(ms * 10) / 10])),
  samplesMs: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, values.map((ms) => Math.round(ms))])),
  ratios: list.map((f) => ({ ...f, ratio: Math.round(f.ratio * 100) / 100 })),
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote bench/results.json`);
