/**
 * `--reporter json`: one JSON object. Each result is exactly the report of `kata judge --json` for that
 * file, plus its submitter; `kata merge-reports` reads these back.
 */
import type { GradeReport } from '../../judge/grade/report.ts';
import { judgmentToJson } from '../json.ts';
import type { GradeReporter } from './reporter.ts';

export const gradeJsonReporter: GradeReporter = {
  render(report) {
    return JSON.stringify({
      schemaVersion: report.schemaVersion,
      layout: report.layout,
      submitters: report.submitters,
      problems: report.problems,
      results: report.results.map((result) => ({ ...judgmentToJson(result), submitter: result.submitter })),
      unmatched: report.unmatched,
      missing: report.missing,
      summary: report.summary,
      ...(report.incomplete && { incomplete: true }),
      ...(report.shards && { shards: report.shards }),
    } satisfies Omit<GradeReport, 'results'> & { results: object[] });
  },
};
