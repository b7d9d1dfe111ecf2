/** The local cases store: read, appended without duplicates, written whole, and a broken file named. */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProblem } from '../../../src/problem/load.ts';
import { appendLocalCase, loadLocalCases, localCasesFile } from '../../../src/problem/local-cases.ts';
import { isKataError } from '../../../src/util/errors.ts';
import { REPO, temporaryFolder } from '../../helpers.ts';

function workspace(): string {
  const root = temporaryFolder('kata-local-');
  cpSync(join(REPO, 'tests', 'fixtures', 'stress', 'problems'), join(root, 'problems'), { recursive: true });
  return root;
}

describe('local cases', () => {
  it('has none without a file', async () => {
    const root = workspace();
    expect(await loadLocalCases(root, loadProblem(root, 'largest'))).toEqual([]);
  });

  it('appends a case once, numbers it, and reads it back as local-N after the file is written whole', async () => {
    const root = workspace();
    const problem = loadProblem(root, 'largest');
    expect(await appendLocalCase(root, problem, { input: { nums: [-1] }, expected: -1, note: 'found' })).toMatchObject({ number: 1, added: true });
    expect(await appendLocalCase(root, problem, { input: { nums: [-2, -3] }, expected: -2 })).toMatchObject({ number: 2, added: true });
    expect(await appendLocalCase(root, problem, { input: { nums: [-1] }, expected: -1 })).toMatchObject({ number: 1, added: false });
    const cases = await loadLocalCases(root, problem);
    expect(cases.map((c) => [c.id, c.kind, c.input, c.expected])).toEqual([
      ['local-1', 'example', { nums: [-1] }, -1],
      ['local-2', 'example', { nums: [-2, -3] }, -2],
    ]);
    const file = localCasesFile(root, 'largest');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(2);
    expect(readdirSync(join(root, '.kata', 'cases'))).toEqual(['largest.json']); // no temporary file left behind
  });

  it('names the file and the case when the file is broken', async () => {
    const root = workspace();
    const problem = loadProblem(root, 'largest');
    const file = localCasesFile(root, 'largest');
    const failure = async (text: string): Promise<string> => {
      writeFileSync(file, text);
      try {
        await loadLocalCases(root, problem);
      } catch (error) {
        if (isKataError(error)) return `${error.message} | ${error.hint}`;
        throw error;
      }
      return 'no error';
    };
    await appendLocalCase(root, problem, { input: { nums: [1] }, expected: 1 });
    expect(existsSync(file)).toBe(true);
    expect(await failure('[{')).toMatch(/^\.kata\/cases\/largest\.json is broken: it is not valid JSON .*\| fix it, or delete it/);
    expect(await failure('[{"input": {"nums": [1]}, "expected": 1}, {"input": {"nums": [1]}}]')).toContain('largest.json is broken: case 2: expected');
    expect(await failure('[{"input": {"nums": "x"}, "expected": 1}]')).toContain('case 1: input.nums: expected int[], got a string');
  });
});
