/** Turns a grade's report into text. Grade reporters never print or write files: the CLI does. */
import type { GradeReport, GradeResult } from '../../judge/grade/report.ts';
import type { Style } from '../style.ts';

export interface GradeReporter {
  /** The whole output, for standard output or the reporter's file. */
  render(report: GradeReport, style: Style): string;
  /** Markdown for the CI's job summary (GitHub's $GITHUB_STEP_SUMMARY), for reporters that have one. */
  jobSummary?(report: GradeReport): string;
}

/** `alice/knapsack-01`, or just `knapsack-01` for one person's folder. */
export function resultName(result: Pick<GradeResult, 'submitter' | 'problem'>): string {
  return result.submitter === null ? result.problem : `${result.submitter}/${result.problem}`;
}

export function submitterName(submitter: string | null): string {
  return submitter ?? '(you)';
}

/**
 * What a cell of the table holds: the result, "missing" (the submitter has no solution to it), or "-"
 * (graded elsewhere: another shard's, or not asked for).
 */
export function cellOf(report: GradeReport, submitter: string | null, problem: string): GradeResult | 'missing' | '-' {
  const result = resultOf(report, submitter, problem);
  if (result) return result;
  return report.missing.some((m) => m.submitter === submitter && m.slug === problem) ? 'missing' : '-';
}

/** Why a report is incomplete, in words, or null: shards not merged, or a grade stopped by Ctrl-C. */
export function incompleteNote(report: GradeReport): string | null {
  if (!report.incomplete) return null;
  const shards = report.shards ?? [];
  const count = shards[0]?.count;
  if (count !== undefined && shards.length < count) {
    const absent = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !shards.some((shard) => shard.index === index));
    return `incomplete: shard${absent.length === 1 ? '' : 's'} ${absent.map((index) => `${index}/${count}`).join(', ')} ${absent.length === 1 ? 'is' : 'are'} not merged; its solutions show as "-"`;
  }
  return 'incomplete: the grade was stopped before every solution was judged';
}

/** The result of a submitter on a problem, if there is one. */
export function resultOf(report: GradeReport, submitter: string | null, problem: string): GradeResult | undefined {
  return report.results.find((result) => result.submitter === submitter && result.problem === problem);
}

export { formatDuration as seconds } from '../../util/time.ts';
