/**
 * `npm run bench:transformers`: what loading a TypeScript solution costs with each transformer kata could use,
 * measured side by side in one run. Each sample is a fresh Node process that loads the transformer,
 * turns knapsack-01's reference into JavaScript, imports it and calls it: what a judgment pays.
 * Prints medians and each one's ratio to oxc-transform, the transformer kata uses.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SOLUTION = join(ROOT, 'problems', 'knapsack-01', 'reference.ts');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
// Inside the project, so that the scripts resolve its packages.
mkdirSync(join(ROOT, '.kata'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.kata', 'bench-'));

const call = `const { knapsack } = m; if (knapsack([1, 3, 4, 5], [1, 4, 5, 7], 7) !== 9) throw new Error('wrong');`;
const scripts: Record<string, string> = {
  'node, no TypeScript (floor)': `const m = await import(${JSON.stringify(`data:text/javascript,${encodeURIComponent('export function knapsack(){return 9}')}`)}); ${call}`,
  'oxc-transform (kata)': `
    const { transformSync } = await import('oxc-transform');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const out = transformSync(${JSON.stringify(SOLUTION)}, readFileSync(${JSON.stringify(SOLUTION)}, 'utf8'), { sourcemap: true });
    writeFileSync(${JSON.stringify(join(work, 'oxc.mjs'))}, out.code);
    const m = await import(${JSON.stringify(join(work, 'oxc.mjs'))}); ${call}`,
  'esbuild transform': `
    const { transform } = await import('esbuild');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const out = await transform(readFileSync(${JSON.stringify(SOLUTION)}, 'utf8'), { loader: 'ts', sourcemap: 'inline', format: 'esm' });
    writeFileSync(${JSON.stringify(join(work, 'esbuild.mjs'))}, out.code);
    const m = await import(${JSON.stringify(join(work, 'esbuild.mjs'))}); ${call}`,
  'tsx register()': `
    const { register } = await import('tsx/esm/api'); register();
    const m = await import(${JSON.stringify(SOLUTION)}); ${call}`,
};

function sample(script: string): number {
  const file = join(work, 'run.mjs');
  writeFileSync(file, script);
  const started = performance.now();
  const result = spawnSync(process.execPath, [file], { cwd: ROOT, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`bench script failed:\n${result.stderr}`);
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const names = Object.keys(scripts);
const times = new Map(names.map((name) => [name, [] as number[]]));
for (const name of names) sample(scripts[name]!); // warm the disk cache
for (let i = 0; i < SAMPLES; i++) for (const name of names) times.get(name)!.push(sample(scripts[name]!)); // interleaved: noise hits all alike
rmSync(work, { recursive: true, force: true });

const floor = median(times.get(names[0]!)!);
const oxc = median(times.get(names[1]!)!) - floor;
console.log(`loading one TypeScript solution in a fresh process, median of ${SAMPLES} (Node ${process.version})`);
for (const name of names) {
  const total = median(times.get(name)!);
  const cost = total - floor;
  const ratio = name === names[0] ? '' : `  ${(cost / oxc).toFixed(1)}x oxc`;
  console.log(`  ${name.padEnd(28)} ${total.toFixed(1).padStart(7)} ms   (+${cost.toFixed(1)} ms over the floor)${ratio}`);
}
