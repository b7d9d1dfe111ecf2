/**
 * What `npm run bench` measures on: a throwaway workspace (a copy of the bank, one solution), the
 * floor script, a hand-written vitest spec of the same cases, and a class of 40 solutions to grade.
 * It lives under .kata/ in the checkout, so that the scripts there resolve kata's own packages.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'oxc-transform';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'kata.js');
export const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

/** The problem of the single-solution figures, and the function its solutions export. */
export const SLUG = 'knapsack-01';
const FUNCTION = 'knapsack';
/** The class graded: submitters x problems = 40 files, references and deliberately wrong solutions alike. */
export const CLASS_PROBLEMS = ['knapsack-01', 'merge-sorted-array', 'softmax', 'two-sum'];
const SUBMITTERS = 10;

export interface BenchWorkspace {
  dir: string;
  floorScript: string;
  vitestDir: string;
  classDir: string;
  /** The 40 files of the class, as submitter/slug.ts. */
  classFiles: { submitter: string; slug: string; file: string }[];
}

export function makeWorkspace(): BenchWorkspace {
  mkdirSync(join(ROOT, '.kata'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.kata', 'bench-'));
  cpSync(join(ROOT, 'problems'), join(dir, 'problems'), { recursive: true });
  mkdirSync(join(dir, 'solutions'));
  const solution = join(dir, 'solutions', `${SLUG}.ts`);
  copyFileSync(join(ROOT, 'problems', SLUG, 'reference.ts'), solution);
  const examples = JSON.parse(readFileSync(join(ROOT, 'problems', SLUG, 'examples.json'), 'utf8')) as { input: Record<string, unknown>; expected: unknown }[];
  const calls = examples.map((example) => ({ args: Object.values(example.input), expected: example.expected }));
  return {
    dir,
    floorScript: writeFloor(dir, solution, calls),
    vitestDir: writeSpec(dir, calls),
    ...writeClass(dir),
  };
}

/** The physical limit: Node loads the solution already compiled to JavaScript and checks the same cases. */
function writeFloor(dir: string, solution: string, calls: { args: unknown[]; expected: unknown }[]): string {
  const compiled = transformSync(solution, readFileSync(solution, 'utf8'));
  writeFileSync(join(dir, 'floor-solution.mjs'), compiled.code);
  const script = join(dir, 'floor.mjs');
  writeFileSync(
    script,
    [
      `import { ${FUNCTION} } from './floor-solution.mjs';`,
      `const cases = ${JSON.stringify(calls)};`,
      `for (const { args, expected } of cases) if (JSON.stringify(${FUNCTION}(...args)) !== JSON.stringify(expected)) { console.log('FAIL'); process.exitCode = 1; }`,
      '',
    ].join('\n'),
  );
  return script;
}

/** What a TypeScript user would write by hand: one vitest spec, one test per example, importing the .ts solution. */
function writeSpec(dir: string, calls: { args: unknown[]; expected: unknown }[]): string {
  const specDir = join(dir, 'spec');
  mkdirSync(specDir);
  writeFileSync(join(specDir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } };\n");
  const tests = calls.map((call, index) => `it('example ${index + 1}', () => expect(${FUNCTION}(...(${JSON.stringify(call.args)} as Parameters<typeof ${FUNCTION}>))).toEqual(${JSON.stringify(call.expected)}));`);
  writeFileSync(join(specDir, `${SLUG}.test.ts`), [`import { expect, it } from 'vitest';`, `import { ${FUNCTION} } from '../solutions/${SLUG}.ts';`, '', ...tests, ''].join('\n'));
  return specDir;
}

/** Submitter i gets the reference where i is even, and one of the wrong (not too slow) solutions otherwise. */
function writeClass(dir: string): Pick<BenchWorkspace, 'classDir' | 'classFiles'> {
  const classDir = join(dir, 'class');
  const classFiles: BenchWorkspace['classFiles'] = [];
  for (let i = 0; i < SUBMITTERS; i++) {
    const submitter = `student-${String(i + 1).padStart(2, '0')}`;
    mkdirSync(join(classDir, submitter), { recursive: true });
    for (const slug of CLASS_PROBLEMS) {
      const wrongDir = join(ROOT, 'problems', slug, 'wrong');
      const wrong = readdirSync(wrongDir).filter((name) => name.endsWith('.ts') && !name.startsWith('tle'));
      const source = i % 2 === 0 ? join(ROOT, 'problems', slug, 'reference.ts') : join(wrongDir, wrong[i % wrong.length]!);
      const file = join(classDir, submitter, `${slug}.ts`);
      copyFileSync(source, file);
      classFiles.push({ submitter, slug, file });
    }
  }
  return { classDir, classFiles };
}
