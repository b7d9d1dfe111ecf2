/**
 * `--reporter human` (the default): a table of submitters by problems, each cell the verdict with
 * passed/total and time; totals per submitter and per problem; then what matched no problem.
 */
import type { GradeReport } from '../../judge/grade/report.ts';
import type { Style } from '../style.ts';
import { VERDICTS } from '../../judge/verdict.ts';
import { incompleteNote, resultOf, seconds, submitterName, type GradeReporter } from './reporter.ts';
import { plural } from '../../util/text.ts';

export const gradeHumanReporter: GradeReporter = {
  render(report, style) {
    const header = ['', ...report.problems, 'accepted'];
    const rows = report.submitters.map((submitter) => {
      const cells = report.problems.map((problem) => {
        const result = resultOf(report, submitter, problem);
        if (result) return { text: `${result.verdict} ${result.passed}/${result.total} ${seconds(result.timeMs)}`, ok: result.verdict === 'AC' };
        const missing = report.missing.some((m) => m.submitter === submitter && m.slug === problem);
        return { text: missing ? 'missing' : '-', ok: false };
      });
      const accepted = cells.filter((cell) => cell.ok).length;
      return [{ text: submitterName(submitter), ok: true }, ...cells, { text: `${accepted}/${report.problems.length}`, ok: accepted === report.problems.length }];
    });
    const perProblem = report.problems.map((problem) => {
      const accepted = report.results.filter((result) => result.problem === problem && result.verdict === 'AC').length;
      return { text: `${accepted}/${report.submitters.length}`, ok: accepted === report.submitters.length };
    });
    const table = [header.map((text) => ({ text, ok: true })), ...rows, [{ text: 'accepted', ok: true }, ...perProblem, { text: '', ok: true }]];
    const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.text.length)));
    const lines = table.map((row, index) =>
      row
        .map((cell, column) => {
          const padded = cell.text.padEnd(widths[column]!);
          if (index === 0 || column === 0 || index === table.length - 1) return style.bold(padded);
          return cell.ok ? style.pass(padded) : cell.text === '-' ? style.dim(padded) : style.fail(padded);
        })
        .join('  ')
        .trimEnd(),
    );
    return [...lines, ...footer(report, style)].join('\n');
  },
};

function footer(report: GradeReport, style: Style): string[] {
  const lines: string[] = [];
  if (report.unmatched.length > 0) {
    lines.push('', style.warn(`${report.unmatched.length} file${report.unmatched.length === 1 ? '' : 's'} matched no problem:`));
    for (const item of report.unmatched) lines.push(`  ${item.file}: ${item.reason}`);
  }
  const { summary } = report;
  const verdicts = VERDICTS.filter((verdict) => summary.verdicts[verdict]).map((verdict) => `${summary.verdicts[verdict]} ${verdict}`).join(', ');
  lines.push('', `${summary.accepted}/${summary.solutions} ${plural(summary.solutions, 'solution')} accepted${verdicts ? ` (${verdicts})` : ''}${summary.missing > 0 ? `, ${summary.missing} not attempted` : ''}`);
  const incomplete = incompleteNote(report);
  if (incomplete) lines.push(style.warn(incomplete));
  return lines;
}
