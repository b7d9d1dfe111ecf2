/**
 * `npm run bench:watch`: how long `kata watch` takes from a save of the solution to the screen with the
 * examples' verdict, type check included (its workers stay warm between saves). Saves alternate between a
 * right and a wrong solution of the fixture problem `half`, each waited out (hidden cases included) before
 * the next. Prints every figure and the median; the target is about 300 ms.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SAVES = Number(process.argv[2] ?? 10);
const TARGET_MS = 300;

const workspace = mkdtempSync(join(tmpdir(), 'kata-bench-watch-'));
cpSync(join(ROOT, 'tests', 'fixtures', 'workspace', 'problems'), join(workspace, 'problems'), { recursive: true });
mkdirSync(join(workspace, 'solutions'));
const file = join(workspace, 'solutions', 'half.ts');
const solution = (right: boolean, save: number) => `export function half(x: number): number { return ${right ? 'x / 2' : 'x'}; } // save ${save}\n`;
writeFileSync(file, solution(false, 0));

const child = spawn(process.execPath, [join(ROOT, 'bin', 'kata.js'), 'watch', 'half'], { cwd: workspace, env: { ...process.env, NO_COLOR: '1' } });
let output = '';
child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));

/** Resolves when the output written since `from` matches; polled every 2 ms. */
function waitFor(pattern: RegExp, from: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const timer = setInterval(() => {
      if (pattern.test(output.slice(from))) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`kata watch printed no ${pattern} within 60 s:\n${output.slice(-2000)}`));
      }
    }, 2);
  });
}

try {
  await waitFor(/examples: WA/, 0);
  const times: number[] = [];
  for (let save = 1; save <= SAVES; save++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const right = save % 2 === 1;
    const mark = output.length;
    const started = performance.now();
    writeFileSync(file, solution(right, save));
    await waitFor(right ? /examples: AC/ : /examples: WA/, mark);
    times.push(performance.now() - started);
    if (right) await waitFor(/examples and hidden cases: AC/, mark);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
  console.log(`kata watch, save to examples' verdict (type check on), ms: ${times.map(Math.round).join(' ')}`);
  console.log(`median ${Math.round(median)} ms over ${SAVES} saves; target about ${TARGET_MS} ms: ${median <= TARGET_MS ? 'met' : 'not met'}`);
} finally {
  child.stdin.write('q');
  child.kill();
  rmSync(workspace, { recursive: true, force: true });
}
