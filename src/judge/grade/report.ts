/**
 * The result of a grade: every solution's judgment keyed by submitter and problem, what matched no
 * problem, what was not attempted, and totals. Shards' reports merge into the report of one run.
 */
import { KataError } from '../../util/errors.ts';
import type { Judgment, Verdict } from '../verdict.ts';
import type { Missing, Unmatched } from './discover.ts';
import type { Shard } from './shard.ts';

export const GRADE_SCHEMA_VERSION = 1;

export interface GradeResult extends Judgment {
  submitter: string | null;
}

export interface GradeSummary {
  submitters: number;
  problems: number;
  solutions: number;
  accepted: number;
  verdicts: Partial<Record<Verdict, number>>;
  missing: number;
  unmatched: number;
  timeMs: number;
}

export interface GradeReport {
  schemaVersion: number;
  layout: 'flat' | 'class';
  /** Every submitter and problem graded, in order: the table's rows and columns. */
  submitters: (string | null)[];
  problems: string[];
  results: GradeResult[];
  unmatched: Unmatched[];
  missing: Missing[];
  summary: GradeSummary;
  /** Set when the grade was cut short (Ctrl-C): the results are those that finished. */
  incomplete?: boolean;
  /** The shards merged into this report, or the one it is. */
  shards?: Shard[];
}

export function buildReport(parts: Omit<GradeReport, 'schemaVersion' | 'summary' | 'results'> & { results: GradeResult[] }): GradeReport {
  const results = [...parts.results].sort((a, b) => compareKeys(a, b, parts));
  return { schemaVersion: GRADE_SCHEMA_VERSION, ...parts, results, summary: summarize(results, parts) };
}

function summarize(results: GradeResult[], parts: Pick<GradeReport, 'submitters' | 'problems' | 'missing' | 'unmatched'>): GradeSummary {
  const verdicts: Partial<Record<Verdict, number>> = {};
  for (const result of results) verdicts[result.verdict] = (verdicts[result.verdict] ?? 0) + 1;
  return {
    submitters: parts.submitters.length,
    problems: parts.problems.length,
    solutions: results.length,
    accepted: verdicts.AC ?? 0,
    verdicts,
    missing: parts.missing.length,
    unmatched: parts.unmatched.length,
    timeMs: Math.round(results.reduce((sum, result) => sum + result.timeMs, 0) * 1000) / 1000,
  };
}

/** Every solution accepted, and nothing missing. */
export function allAccepted(report: GradeReport): boolean {
  return report.missing.length === 0 && report.results.every((result) => result.verdict === 'AC');
}

function compareKeys(a: GradeResult, b: GradeResult, order: Pick<GradeReport, 'submitters' | 'problems'>): number {
  return order.submitters.indexOf(a.submitter) - order.submitters.indexOf(b.submitter) || order.problems.indexOf(a.problem) - order.problems.indexOf(b.problem);
}

/** One report from the shards' reports: each solution once, the lists joined without repeats. */
export function mergeReports(reports: readonly GradeReport[], names: readonly string[]): GradeReport {
  if (reports.length === 0) throw new KataError('USAGE', 'no reports to merge', 'give the JSON reports of the shards: kata merge-reports shard-1.json shard-2.json ...');
  const first = reports[0]!;
  reports.forEach((report, i) => {
    if (report.schemaVersion !== GRADE_SCHEMA_VERSION) throw new KataError('USAGE', `${names[i]} has schemaVersion ${String(report.schemaVersion)}; this kata reads ${GRADE_SCHEMA_VERSION}`, 'merge reports written by the same version of kata');
    if (report.layout !== first.layout) throw new KataError('USAGE', `${names[i]} grades a ${report.layout} folder, ${names[0]} a ${first.layout} one`, 'merge the shards of one grade');
  });
  const seen = new Map<string, string>();
  const results: GradeResult[] = [];
  reports.forEach((report, i) => {
    for (const result of report.results) {
      const key = `${result.submitter ?? ''}\0${result.problem}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) throw new KataError('USAGE', `${names[i]} and ${earlier} both grade ${result.submitter ?? '(flat)'}/${result.problem}`, 'merge the reports of different shards (--shard i/n) of one grade');
      seen.set(key, names[i]!);
      results.push(result);
    }
  });
  const union = <T>(lists: T[][], key: (item: T) => string) => [...new Map(lists.flat().map((item) => [key(item), item])).values()];
  const shards = reports.flatMap((report) => report.shards ?? []);
  // Shards of n jobs are complete when every one of 1..n is there.
  const count = shards[0]?.count;
  const complete = count === undefined || (shards.every((shard) => shard.count === count) && new Set(shards.map((shard) => shard.index)).size === count);
  return buildReport({
    layout: first.layout,
    submitters: union(reports.map((report) => report.submitters), (s) => s ?? ''),
    problems: union(reports.map((report) => report.problems), (p) => p),
    results,
    unmatched: union(reports.map((report) => report.unmatched), (u) => `${u.submitter ?? ''}\0${u.file}`),
    missing: union(reports.map((report) => report.missing), (m) => `${m.submitter ?? ''}\0${m.slug}`),
    ...((reports.some((report) => report.incomplete) || !complete) && { incomplete: true }),
    ...(shards.length > 0 && { shards }),
  });
}
