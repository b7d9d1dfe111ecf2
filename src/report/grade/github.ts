/**
 * `--reporter github`: GitHub Actions workflow commands. An `::error` annotation per solution not
 * accepted, on its file and, where a message names it, the line of the failure; a `::warning` per file
 * that matched no problem; an `::error` per problem not attempted. jobSummary is a Markdown table for
 * $GITHUB_STEP_SUMMARY.
 */
import type { GradeResult } from '../../judge/grade/report.ts';
import { cellOf, incompleteNote, resultName, resultOf, seconds, submitterName, type GradeReporter } from './reporter.ts';
import { plural } from '../../util/text.ts';

export const gradeGithubReporter: GradeReporter = {
  render(report) {
    const lines: string[] = [];
    for (const result of report.results) {
      if (result.verdict === 'AC') continue;
      const properties = { file: result.solution, line: String(failureLine(result)), title: `${result.verdict}: ${resultName(result)}` };
      lines.push(command('error', properties, `${resultName(result)}: ${result.verdict}, ${result.passed}/${result.total} ${plural(result.total, 'case')} passed. ${firstMessage(result)}`));
    }
    for (const missing of report.missing) {
      lines.push(command('error', { title: `missing: ${resultName({ submitter: missing.submitter, problem: missing.slug })}` }, `${submitterName(missing.submitter)} has no solution to ${missing.slug} (${missing.slug}.ts)`));
    }
    for (const item of report.unmatched) lines.push(command('warning', { file: item.file, title: 'matched no problem' }, item.reason));
    const incomplete = incompleteNote(report);
    if (incomplete) lines.push(command('warning', { title: 'incomplete' }, incomplete));
    lines.push(`${report.summary.accepted}/${report.summary.solutions} ${plural(report.summary.solutions, 'solution')} accepted`);
    return lines.join('\n');
  },

  jobSummary(report) {
    const header = `| submitter | ${report.problems.map(cell).join(' | ')} | accepted |`;
    const rule = `|---|${report.problems.map(() => '---').join('|')}|---|`;
    const rows = report.submitters.map((submitter) => {
      const cells = report.problems.map((problem) => {
        const result = cellOf(report, submitter, problem);
        return typeof result === 'string' ? result : `${result.verdict === 'AC' ? '✅' : '❌'} ${result.verdict} ${result.passed}/${result.total} (${seconds(result.timeMs)})`;
      });
      const accepted = report.problems.filter((problem) => resultOf(report, submitter, problem)?.verdict === 'AC').length;
      return `| ${cell(submitterName(submitter))} | ${cells.join(' | ')} | ${accepted}/${report.problems.length} |`;
    });
    const incomplete = incompleteNote(report);
    const note = incomplete ? `\n\n**${incomplete}**` : '';
    return `## kata grade\n\n${header}\n${rule}\n${rows.join('\n')}\n\n${report.summary.accepted}/${report.summary.solutions} ${plural(report.summary.solutions, 'solution')} accepted.${note}\n`;
  },
};

/** The line a message points at in the solution's file (`solutions/x.ts:12:7`), or 1. */
function failureLine(result: GradeResult): number {
  const messages = [result.message ?? '', ...result.cases.map((c) => c.message ?? '')];
  const escaped = result.solution.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const message of messages) {
    const match = new RegExp(`${escaped}:(\\d+)`).exec(message);
    if (match) return Number(match[1]);
  }
  return 1;
}

function firstMessage(result: GradeResult): string {
  const failed = result.cases.find((c) => c.verdict !== 'AC' && c.verdict !== 'SKIPPED');
  return result.message ?? (failed ? `${failed.id}: ${failed.message ?? failed.verdict}` : '');
}

/** `::error file=...,line=...::message`, escaped as GitHub's runner reads it. */
function command(kind: 'error' | 'warning', properties: Record<string, string>, message: string): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A Markdown table cell: no pipe or line break may end it early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
