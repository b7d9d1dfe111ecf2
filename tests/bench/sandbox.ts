/**
 * `npm run bench:isolation`: what each layer of isolation costs per sandbox, measured side by side in one run.
 * A sample is one judgment of knapsack-01's reference on its examples (compiled and cached beforehand):
 * start a sandbox, load the solution, run three cases, stop it. Samples alternate between the layers,
 * so noise on the machine hits both alike. Prints the medians and the ratio of OS isolation to the
 * permission model alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseIsolation, useIsolation, type Isolation } from '../../src/judge/isolation.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadProblem } from '../../src/problem/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const problem = loadProblem(ROOT, 'knapsack-01');
const solutionFile = join(ROOT, 'problems', 'knapsack-01', 'reference.ts');
const cacheDir = mkdtempSync(join(tmpdir(), 'kata-bench-'));

const layers: [string, Isolation][] = [['permission model alone', chooseIsolation('node')]];
const os = chooseIsolation('auto');
if (os.mode === 'os') layers.push(['bubblewrap + permission model', os]);
else console.log(`OS isolation is not available here (${os.machine.bwrapProblem}): only the permission model is measured`);

async function sample(isolation: Isolation): Promise<number> {
  useIsolation(isolation);
  const started = performance.now();
  const judgment = await judgeSolution({ problem, cases: problem.examples, solutionFile, solutionLabel: 'reference.ts', cacheDir });
  const elapsed = performance.now() - started;
  if (judgment.verdict !== 'AC') throw new Error(`the reference got ${judgment.verdict}: ${judgment.message ?? ''}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const times = layers.map(() => [] as number[]);
for (const [, isolation] of layers) await sample(isolation); // compile and cache once
for (let i = 0; i < SAMPLES; i++) for (const [index, [, isolation]] of layers.entries()) times[index]!.push(await sample(isolation));
rmSync(cacheDir, { recursive: true, force: true });

console.log(`one judgment on 3 examples (sandbox start, load, 3 cases, stop), median of ${SAMPLES} (Node ${process.version})`);
const base = median(times[0]!);
for (const [index, [name]] of layers.entries()) {
  const total = median(times[index]!);
  const ratio = index === 0 ? '' : `  ${(total / base).toFixed(2)}x, +${(total - base).toFixed(1)} ms per sandbox`;
  console.log(`  ${name.padEnd(30)} ${total.toFixed(1).padStart(7)} ms${ratio}`);
}
