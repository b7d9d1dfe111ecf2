/** Grade reporters by name: `kata grade --reporter <name>[=FILE]` picks any number of them. */
import { gradeCsvReporter } from './csv.ts';
import { gradeGithubReporter } from './github.ts';
import { gradeHtmlReporter } from './html.ts';
import { gradeHumanReporter } from './human.ts';
import { gradeJsonReporter } from './json.ts';
import { gradeJunitReporter } from './junit.ts';
import { GRADE_REPORTER_NAMES } from '../names.ts';
import type { GradeReporter } from './reporter.ts';
import { gradeTapReporter } from './tap.ts';

export const GRADE_REPORTERS: Record<string, GradeReporter> = {
  human: gradeHumanReporter,
  json: gradeJsonReporter,
  junit: gradeJunitReporter,
  tap: gradeTapReporter,
  github: gradeGithubReporter,
  csv: gradeCsvReporter,
  html: gradeHtmlReporter,
} satisfies Record<(typeof GRADE_REPORTER_NAMES)[number], GradeReporter>;

export function gradeReporterNames(): string[] {
  return [...GRADE_REPORTER_NAMES];
}
