/**
 * The bundled problems, checked cheaply on every `npm test`: each loads, matches the package format
 * (the lint part of kata validate: schema, every case's types, statement examples, checker, hints), has
 * enough cases, a reference and wrong solutions. Running every solution of the whole bank (the rest of
 * `kata validate --strict`) takes minutes, so .ci/run runs it as a step of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPackage } from '../../src/problem/lint.ts';
import { listSlugs, loadHiddenCases, loadProblem } from '../../src/problem/load.ts';
import { REPO } from '../helpers.ts';

const slugs = listSlugs(REPO);

describe.each(slugs)('%s', (slug) => {
  it('has at least 3 examples and 20 hidden cases, a reference, hints and wrong solutions with a declared verdict', () => {
    const problem = loadProblem(REPO, slug);
    expect(problem.examples.length).toBeGreaterThanOrEqual(3);
    expect(loadHiddenCases(REPO, problem).length).toBeGreaterThanOrEqual(20);
    expect(existsSync(join(problem.dir, 'reference.ts'))).toBe(true);
    const wrong = readdirSync(join(problem.dir, 'wrong')).filter((name) => name.endsWith('.ts'));
    expect(wrong.length).toBeGreaterThanOrEqual(1);
    expect(wrong.every((name) => /^(wa|tle|mle|re|ce)-[a-z0-9-]+\.ts$/.test(name)), wrong.join(', ')).toBe(true);
  });

  it('passes the format checks of kata validate --strict, with no warning', () => {
    const { findings } = lintPackage(REPO, slug);
    expect(findings.filter((finding) => finding.level !== 'ok').map((finding) => `${finding.file}: ${finding.message}`)).toEqual([]);
  });
});

it('bundles the seed problems', () => {
  expect(slugs).toEqual(expect.arrayContaining(['knapsack-01', 'lowest-common-ancestor', 'merge-sorted-array', 'softmax', 'online-softmax']));
});
