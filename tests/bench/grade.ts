/**
 * `npm run bench`: kata grade against the same work done one `kata judge` at a time, in one run.
 * A class of 10 submitters by 3 problems of the bank (each file a reference or a deliberately wrong
 * solution) is judged file by file, then graded at once; prints both totals and their ratio, and checks
 * that every verdict is the same. The target is at most 0.6 of the one-at-a-time total on 2 cores.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kata.js');
const PROBLEMS = ['knapsack-01', 'merge-sorted-array', 'softmax'];
const SUBMITTERS = 10;
const work = mkdtempSync(join(tmpdir(), 'kata-bench-grade-'));
const classDir = join(work, 'class');

// Submitter i gets the reference where i is even, and one of the wrong solutions otherwise.
for (let i = 0; i < SUBMITTERS; i++) {
  const dir = join(classDir, `student-${String(i + 1).padStart(2, '0')}`);
  mkdirSync(dir, { recursive: true });
  for (const slug of PROBLEMS) {
    const wrong = readdirSync(join(ROOT, 'problems', slug, 'wrong')).filter((name) => !name.startsWith('tle'));
    const source = i % 2 === 0 ? join(ROOT, 'problems', slug, 'reference.ts') : join(ROOT, 'problems', slug, 'wrong', wrong[i % wrong.length]!);
    copyFileSync(source, join(dir, `${slug}.ts`));
  }
}

function kata(...args: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - started;
  if (result.status !== 0 && result.status !== 1) throw new Error(`kata ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

// Warm the caches both ways use alike (compiled runtime, generated cases, type-check results are per file).
kata('grade', classDir, '--only', PROBLEMS.join(','), '--json');
rmSync(join(ROOT, '.kata', 'cache', 'typecheck'), { recursive: true, force: true });
rmSync(join(ROOT, '.kata', 'cache', 'solutions'), { recursive: true, force: true });

let oneAtATime = 0;
const alone = new Map<string, string>();
for (const submitter of readdirSync(classDir).sort()) {
  for (const slug of PROBLEMS) {
    const { ms, stdout } = kata('judge', slug, '--solution', join(classDir, submitter, `${slug}.ts`), '--json');
    oneAtATime += ms;
    alone.set(`${submitter}/${slug}`, (JSON.parse(stdout) as { verdict: string }).verdict);
  }
}
rmSync(join(ROOT, '.kata', 'cache', 'typecheck'), { recursive: true, force: true });
rmSync(join(ROOT, '.kata', 'cache', 'solutions'), { recursive: true, force: true });
const graded = kata('grade', classDir, '--only', PROBLEMS.join(','), '--json');
const report = JSON.parse(graded.stdout) as { results: { submitter: string; problem: string; verdict: string }[] };
const changed = report.results.filter((r) => alone.get(`${r.submitter}/${r.problem}`) !== r.verdict);
rmSync(work, { recursive: true, force: true });

console.log(`${SUBMITTERS} submitters x ${PROBLEMS.length} problems, nothing cached (Node ${process.version})`);
console.log(`  kata judge, one file at a time  ${(oneAtATime / 1000).toFixed(1).padStart(6)} s`);
console.log(`  kata grade                      ${(graded.ms / 1000).toFixed(1).padStart(6)} s   ${(graded.ms / oneAtATime).toFixed(2)}x (target at most 0.60x)`);
console.log(`  verdicts changed by grading together: ${changed.length === 0 ? 'none' : changed.map((r) => `${r.submitter}/${r.problem}`).join(', ')}`);
if (changed.length > 0) process.exitCode = 1;
