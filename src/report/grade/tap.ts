/**
 * `--reporter tap`: TAP version 14. One test point per solution and per problem not attempted, with a
 * YAML block saying why a solution failed; a file that matched no problem is a comment.
 * Strings in the YAML are written as JSON, which YAML reads as they are.
 */
import type { GradeResult } from '../../judge/grade/report.ts';
import { incompleteNote, resultName, seconds, type GradeReporter } from './reporter.ts';

export const gradeTapReporter: GradeReporter = {
  render(report) {
    const lines = ['TAP version 14', `1..${report.results.length + report.missing.length}`];
    let number = 0;
    for (const result of report.results) {
      number++;
      const summary = `${result.verdict} ${result.passed}/${result.total} in ${seconds(result.timeMs)}`;
      if (result.verdict === 'AC') {
        lines.push(`ok ${number} - ${description(resultName(result))} # ${summary}`);
        continue;
      }
      lines.push(`not ok ${number} - ${description(resultName(result))}`, ...diagnostics(result, summary));
    }
    for (const missing of report.missing) {
      number++;
      lines.push(`not ok ${number} - ${description(resultName({ submitter: missing.submitter, problem: missing.slug }))}`, '  ---', `  message: ${JSON.stringify(`not attempted: no ${missing.slug}.ts`)}`, '  ...');
    }
    for (const item of report.unmatched) lines.push(`# matched no problem: ${oneLine(item.file)}: ${oneLine(item.reason)}`);
    const incomplete = incompleteNote(report);
    if (incomplete) lines.push(`# ${incomplete}`);
    return `${lines.join('\n')}\n`;
  },
};

function diagnostics(result: GradeResult, summary: string): string[] {
  const failing = result.cases.filter((c) => c.verdict !== 'AC' && c.verdict !== 'SKIPPED');
  return [
    '  ---',
    `  message: ${JSON.stringify(result.message ?? summary)}`,
    `  severity: fail`,
    `  verdict: ${result.verdict}`,
    `  passed: ${result.passed}`,
    `  total: ${result.total}`,
    `  file: ${JSON.stringify(result.solution)}`,
    ...(failing.length > 0 ? ['  cases:', ...failing.map((c) => `    - { id: ${JSON.stringify(c.id)}, verdict: ${c.verdict}, timeMs: ${c.timeMs}, message: ${JSON.stringify(c.message ?? '')} }`)] : []),
    '  ...',
  ];
}

/** A description may not hold '#' (it starts a directive) or a line break. */
function description(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/#/g, '\\#');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
