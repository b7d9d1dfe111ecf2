/**
 * The bundled problems, checked cheaply on every `npm test`: each loads, matches the package format
 * (the lint part of kata validate: schema, every case's types, statement examples, checker, hints), has
 * enough cases, a reference and wrong solutions. Running every solution of the whole bank (the rest of
 * `kata validate --strict`) takes minutes, so .ci/run runs it as a step of its own.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundTargets } from '../../src/problem/bounds.ts';
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

  it("declares the statement's constraints as bounds on every input", () => {
    const problem = loadProblem(REPO, slug);
    const bounded = Object.keys(problem.meta.bounds ?? {});
    // A bool has nothing to bound; every other input has a range, a length or a character set.
    const inputs = [...boundTargets(problem.signature)].filter(([, type]) => type.kind !== 'bool').map(([key]) => key);
    expect(inputs.filter((key) => !bounded.includes(key))).toEqual([]);
  });

  it('passes the format checks of kata validate --strict, with no warning', () => {
    const { findings } = lintPackage(REPO, slug);
    expect(findings.filter((finding) => finding.level !== 'ok').map((finding) => `${finding.file}: ${finding.message}`)).toEqual([]);
  });
});

/** The seed topics of the bank, each of which must have its package. */
const REQUIRED = [
  ...['knapsack-01', 'knapsack-unbounded', 'partition-equal-subset-sum', 'lowest-common-ancestor', 'lowest-common-ancestor-bst'],
  ...['merge-sorted-array', 'merge-k-sorted-lists', 'number-of-islands', 'permutations', 'path-sum-ii', 'gelu', 'swiglu', 'stable-softmax'],
  ...['activations', 'online-softmax', 'flash-attention', 'running-mean', 'robbins-monro', 'bilinear-upsample', 'pixel-shuffle'],
  ...['transposed-conv2d', 'autograd-value', 'ring-all-reduce', 'api-export-registry', 'softmax'],
];

it('bundles at least 45 problems, every seed topic among them, at every difficulty', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(45);
  expect(REQUIRED.filter((slug) => !slugs.includes(slug))).toEqual([]);
  const difficulties = new Set(slugs.map((slug) => loadProblem(REPO, slug).meta.difficulty));
  expect([...difficulties].sort()).toEqual(['easy', 'hard', 'medium']);
});

it('covers the standard topics, each by at least one problem tagged with it', () => {
  const tags = new Set(slugs.flatMap((slug) => loadProblem(REPO, slug).meta.tags));
  const topics = ['two-pointers', 'sliding-window', 'binary-search', 'stack', 'monotonic-stack', 'heap', 'linked-list', 'binary-search-tree', 'bfs', 'dijkstra', 'topological-sort', 'union-find', 'dynamic-programming', 'greedy', 'backtracking', 'bit-manipulation', 'design'];
  expect(topics.filter((topic) => !tags.has(topic))).toEqual([]);
});
