/**
 * `--reporter csv`: a gradebook, one row per submitter and one column per problem, each cell the
 * verdict (or "missing"), then the number accepted. A field a spreadsheet would run as a formula
 * (=, +, -, @ first) is written as text.
 */
import { cellOf, submitterName, type GradeReporter } from './reporter.ts';

export const gradeCsvReporter: GradeReporter = {
  render(report) {
    const rows = [['submitter', ...report.problems, 'accepted', 'of']];
    for (const submitter of report.submitters) {
      const cells = report.problems.map((problem) => {
        const cell = cellOf(report, submitter, problem);
        return typeof cell === 'string' ? cell : cell.verdict;
      });
      rows.push([submitterName(submitter), ...cells, String(cells.filter((cell) => cell === 'AC').length), String(report.problems.length)]);
    }
    return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
  },
};

function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
