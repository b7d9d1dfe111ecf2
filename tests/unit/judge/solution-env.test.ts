import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { renderSolutionsTsconfig, SOLUTION_GLOBALS_FILE, SOLUTION_MODULES, solutionCompilerOptions } from '../../../src/judge/solution-env.ts';
import { REPO, temporaryFolder } from '../../helpers.ts';

const SOLUTIONS = join(REPO, 'solutions');

interface Tsconfig {
  compilerOptions: Record<string, unknown> & { paths: Record<string, string[]> };
  files: string[];
  include: string[];
}

describe('solutions/tsconfig.json', () => {
  const text = readFileSync(join(SOLUTIONS, 'tsconfig.json'), 'utf8');
  const file = JSON.parse(text) as Tsconfig;

  it('is exactly what kata new writes in this repository', () => {
    expect(text).toBe(renderSolutionsTsconfig(SOLUTIONS));
  });

  it("holds the options of kata's own type check, and maps each module a solution may import to the same file", () => {
    const { paths, ...options } = file.compilerOptions;
    const { paths: checkPaths, ...checkOptions } = solutionCompilerOptions() as Tsconfig['compilerOptions'];
    expect(options).toEqual(checkOptions);
    expect(Object.keys(paths)).toEqual(Object.keys(SOLUTION_MODULES));
    for (const [specifier, [target]] of Object.entries(paths)) {
      expect(resolve(SOLUTIONS, target!)).toBe(SOLUTION_MODULES[specifier]);
      expect(checkPaths[specifier]).toEqual([SOLUTION_MODULES[specifier]]);
    }
    expect(file.files.map((path) => resolve(SOLUTIONS, path))).toEqual([SOLUTION_GLOBALS_FILE]);
  });

  it('is a valid tsconfig to TypeScript, with the globals file among its files', () => {
    const parsed = ts.parseJsonConfigFileContent(file, ts.sys, SOLUTIONS);
    expect(parsed.errors).toEqual([]);
    expect(parsed.options.strict).toBe(true);
    expect(parsed.fileNames).toContain(SOLUTION_GLOBALS_FILE);
  });

  it('points at kata by absolute paths from a workspace outside kata, which may move', () => {
    const elsewhere = JSON.parse(renderSolutionsTsconfig(join(temporaryFolder(), 'solutions'))) as Tsconfig;
    expect(elsewhere.compilerOptions.paths).toEqual({ 'kata/structures': [SOLUTION_MODULES['kata/structures']] });
    expect(elsewhere.files).toEqual([SOLUTION_GLOBALS_FILE]);
  });
});

describe("kata's own tsconfig.json", () => {
  it('leaves solutions/ (half-finished work) and the solutions-only globals out of `npm run typecheck`', () => {
    // The project's include and exclude, applied to a folder that has a solution and a source file.
    const dir = temporaryFolder();
    copyFileSync(join(REPO, 'tsconfig.json'), join(dir, 'tsconfig.json'));
    for (const folder of ['solutions', 'src/judge']) mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, 'solutions', 'half.ts'), 'export function half(');
    writeFileSync(join(dir, 'src', 'judge', 'judge.ts'), 'export {};');
    writeFileSync(join(dir, 'src', 'judge', 'solution-globals.d.ts'), 'declare const console: unknown;');
    const config = ts.readConfigFile(join(dir, 'tsconfig.json'), ts.sys.readFile).config as object;
    const { fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, dir);
    expect(fileNames).toContain(join(dir, 'src', 'judge', 'judge.ts'));
    expect(fileNames.filter((name) => name.includes('/solutions/') || name.endsWith('solution-globals.d.ts'))).toEqual([]);
  });
});
