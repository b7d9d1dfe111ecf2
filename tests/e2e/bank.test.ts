/**
 * The bundled problems prove themselves, as `kata validate` does: schema and case types,
 * statement examples, a deterministic generator, the reference accepted within half the
 * limit, the stub failing, and every wrong/ solution getting the verdict its name declares.
 */
import { describe, expect, it } from 'vitest';
import { validateProblem } from '../../src/judge/validate.ts';
import { listSlugs, loadHiddenCases, loadProblem } from '../../src/problem/load.ts';
import { REPO, temporaryFolder } from '../helpers.ts';

const cacheDir = temporaryFolder('kata-bank-');
const slugs = listSlugs(REPO);

describe.each(slugs)('%s', (slug) => {
  it('has at least 3 examples and 15 hidden cases', () => {
    const problem = loadProblem(REPO, slug);
    expect(problem.examples.length).toBeGreaterThanOrEqual(3);
    expect(loadHiddenCases(REPO, problem).length).toBeGreaterThanOrEqual(15);
  });

  it('validates with no errors and no warnings', async () => {
    const findings = await validateProblem(REPO, slug, cacheDir, () => undefined);
    const problems = findings.filter((finding) => finding.level !== 'ok').map((finding) => `${finding.file}: ${finding.message}`);
    expect(problems).toEqual([]);
    const messages = findings.map((finding) => `${finding.file} ${finding.message}`).join('\n');
    expect(messages).toMatch(/reference\.ts accepted on all \d+ cases/);
    expect(messages).toContain('the stub that kata new writes compiles and fails');
    expect(findings.filter((finding) => finding.file.startsWith('wrong/') && finding.level === 'ok').length).toBeGreaterThanOrEqual(2);
  });
});

it('bundles the seed problems', () => {
  expect(slugs).toEqual(expect.arrayContaining(['knapsack-01', 'lowest-common-ancestor', 'merge-sorted-array', 'softmax', 'online-softmax']));
});
