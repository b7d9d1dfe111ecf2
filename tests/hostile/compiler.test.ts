/**
 * Sources built to break the tools that read them before anything runs: the compiler (native code,
 * in a child process) and the type checker (a worker with a time limit and a bounded stack). Each ends
 * in CE, with kata still running; none is a crash (exit 139) or kata's own error (exit 3).
 * The sources are generated here: a file nested 20 000 levels deep would break the repository's type check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSolution } from '../../src/judge/judge.ts';
import { loadProblem } from '../../src/problem/load.ts';
import { typecheckSolution } from '../../src/judge/typecheck.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../helpers.ts';

const dir = temporaryFolder('kata-hostile-sources-');
const cacheDir = temporaryFolder('kata-hostile-compiler-cache-');

function judge(name: string, source: string, typecheck: boolean) {
  const file = join(dir, name);
  writeFileSync(file, source);
  const problem = loadProblem(FIXTURE_WORKSPACE, 'add');
  return judgeSolution({ problem, cases: problem.examples, solutionFile: file, solutionLabel: name, cacheDir, typecheck });
}

const nested = (depth: number) => `export function add(a: number, b: number): number {\n  return ${'('.repeat(depth)}a + b${')'.repeat(depth)};\n}\n`;

describe('sources that attack the compiler and the type checker', () => {
  it('20 000 nested parentheses, which crashed oxc in the judge (exit 139): CE naming the file', async () => {
    const judgment = await judge('deep-parens.ts', nested(20_000), false);
    expect(judgment.verdict).toBe('CE');
    expect(judgment.message).toMatch(/deep-parens\.ts/);
    expect(judgment.message).toMatch(/compiler crashed|nested/);
  });

  it('a long chain of binary operators, whose tree is as deep without any parenthesis: a verdict, no crash', async () => {
    const source = `export function add(a: number, b: number): number {\n  return a + b${' + 0'.repeat(200_000)};\n}\n`;
    const judgment = await judge('long-chain.ts', source, false);
    expect(['AC', 'CE']).toContain(judgment.verdict);
  });

  it('nesting that overflows the TypeScript parser (exit 3 before): the type check says so, and kata carries on', async () => {
    const file = join(dir, 'deep-for-typescript.ts');
    writeFileSync(file, nested(60_000));
    const result = await typecheckSolution(cacheDir, loadProblem(FIXTURE_WORKSPACE, 'add'), file, 'deep-for-typescript.ts');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^deep-for-typescript\.ts: the type check (ran out of stack|could not finish)/);
  });

  it('type aliases that explode: the type check gives up at its limit, with CE that says so', async () => {
    // Each alias is a union of 90 000 strings, about half a second of work; a hundred of them is a minute.
    const aliases = ["type D = '0'|'1'|'2'|'3'|'4'|'5'|'6'|'7'|'8'|'9';", 'type U4 = `${D}${D}${D}${D}`;', "type L = 'a'|'b'|'c'|'d'|'e'|'f'|'g'|'h'|'i';"];
    for (let i = 0; i < 100; i++) aliases.push(`type X${i} = \`\${U4}\${L}${i}\`;`, `export const x${i}: X${i} = '0000a${i}' as X${i};`);
    const source = `${aliases.join('\n')}\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n`;
    process.env.KATA_TYPECHECK_LIMIT_MS = '3000';
    try {
      const started = performance.now();
      const judgment = await judge('exploding-types.ts', source, true);
      expect(judgment.verdict).toBe('CE');
      expect(judgment.message).toMatch(/the type check took longer than 3 s/);
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      delete process.env.KATA_TYPECHECK_LIMIT_MS;
    }
  });
});
