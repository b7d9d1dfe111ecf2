/**
 * The bundled problems prove themselves: each reference is accepted, and each
 * solution in wrong/ gets the verdict its file name declares.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materializeCases } from '../../src/judge/generate.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import { listSlugs, loadHiddenCases, loadProblem } from '../../src/problem/load.ts';
import { REPO, temporaryFolder } from '../helpers.ts';

const cacheDir = temporaryFolder('kata-bank-');
const slugs = listSlugs(REPO);

async function verdictOf(slug: string, file: string): Promise<string> {
  const problem = loadProblem(REPO, slug);
  const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(REPO, problem)], cacheDir);
  const judgment = await judgeSolution({ problem, cases, solutionFile: file, solutionLabel: file, cacheDir, typecheck: true });
  return judgment.message ? `${judgment.verdict}: ${judgment.message}` : judgment.verdict;
}

describe.each(slugs)('%s', (slug) => {
  const dir = join(REPO, 'problems', slug);
  const wrongDir = join(dir, 'wrong');
  const wrong = existsSync(wrongDir) ? readdirSync(wrongDir).filter((name) => name.endsWith('.ts')) : [];

  it('has a statement, at least 3 examples and 15 hidden cases', () => {
    const problem = loadProblem(REPO, slug);
    expect(existsSync(join(dir, 'statement.md'))).toBe(true);
    expect(problem.examples.length).toBeGreaterThanOrEqual(3);
    expect(loadHiddenCases(REPO, problem).length).toBeGreaterThanOrEqual(15);
  });

  it('accepts its reference', async () => {
    expect(await verdictOf(slug, join(dir, 'reference.ts'))).toBe('AC');
  });

  it.each(wrong)('gives wrong/%s the verdict its name declares', async (name) => {
    const declared = name.split('-')[0]!.toUpperCase();
    expect(await verdictOf(slug, join(wrongDir, name))).toBe(declared);
  });
});

it('bundles the three seed problems', () => {
  expect(slugs).toEqual(expect.arrayContaining(['knapsack-01', 'lowest-common-ancestor', 'merge-sorted-array']));
});
