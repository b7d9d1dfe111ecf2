/**
 * Grading many solutions: each is judged exactly as `kata judge` would (compiled and type-checked once,
 * the examples and hidden cases in its own sandbox), `jobs` at a time. Time limits are on CPU time, so
 * running side by side changes no verdict; one hanging or hostile solution holds up only its own slot.
 */
import type { Problem } from '../../problem/load.ts';
import { loadHiddenCases, loadProblem, type Case } from '../../problem/load.ts';
import { materializeCases } from '../generate.ts';
import { judgeSolution } from '../judge.ts';
import type { Submission } from './discover.ts';
import type { GradeResult } from './report.ts';

export interface GradeOptions {
  root: string;
  cacheDir: string;
  jobs: number;
  /** How a solution's file is named in reports, e.g. `class/alice/knapsack-01.ts`. */
  label: (file: string) => string;
  typecheck: boolean;
  onStart?: (submission: Submission) => void;
  onResult?: (result: GradeResult) => void;
}

export interface Graded {
  problem: Problem;
  cases: Case[];
}

/** Every problem that some submission needs, loaded once, with its generated cases made. */
export async function prepareProblems(root: string, slugs: readonly string[], cacheDir: string): Promise<Map<string, Graded>> {
  const prepared = new Map<string, Graded>();
  for (const slug of slugs) {
    const problem = loadProblem(root, slug);
    const cases = await materializeCases(problem, [...problem.examples, ...loadHiddenCases(root, problem)], cacheDir);
    prepared.set(slug, { problem, cases });
  }
  return prepared;
}

/** Judges the submissions, at most `jobs` at once; results arrive through onResult as they finish. */
export async function gradeAll(submissions: readonly Submission[], problems: Map<string, Graded>, options: GradeOptions): Promise<GradeResult[]> {
  const results: GradeResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < submissions.length) {
      const submission = submissions[next++]!;
      options.onStart?.(submission);
      const { problem, cases } = problems.get(submission.slug)!;
      const judgment = await judgeSolution({
        problem,
        cases,
        solutionFile: submission.file,
        solutionLabel: options.label(submission.file),
        cacheDir: options.cacheDir,
        typecheck: options.typecheck,
      });
      const result = { ...judgment, submitter: submission.submitter };
      results.push(result);
      options.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, submissions.length)) }, worker));
  return results;
}
