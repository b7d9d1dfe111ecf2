/** The reporter for people at a terminal: a line per case, details for failed examples, a summary. */
import type { CaseDetail, CaseResult, Judgment } from '../judge/verdict.ts';
import { compactJson } from '../util/text.ts';
import type { Reporter } from './reporter.ts';
import type { Style } from './style.ts';

const VALUE_WIDTH = 400;

export const humanReporter: Reporter = {
  caseDone(result, style) {
    const mark = result.verdict === 'AC' ? style.pass('✓') : result.verdict === 'SKIPPED' ? style.dim('-') : style.fail('✗');
    const verdict = result.verdict === 'AC' ? '' : ` ${colourVerdict(result.verdict, style)}`;
    const time = result.verdict === 'SKIPPED' ? '' : style.dim(` ${formatMs(result.timeMs)}`);
    const message = result.message ? `  ${result.message}` : '';
    const lines = [`  ${mark} ${result.id.padEnd(10)}${verdict}${time}${message}`];
    if (result.detail && result.verdict !== 'AC') lines.push(...detailLines(result.detail, style));
    return lines.join('\n');
  },

  judgmentDone(judgment, style) {
    const lines: string[] = [];
    if (judgment.message) lines.push(`  ${style.fail(judgment.message)}`);
    const verdict = colourVerdict(judgment.verdict, style);
    const time = style.dim(`${formatMs(judgment.timeMs)} in cases`);
    lines.push('', `${style.bold(verdict)}  ${judgment.passed}/${judgment.total} passed  ${time}`);
    return lines.join('\n');
  },
};

export function colourVerdict(verdict: string, style: Style): string {
  if (verdict === 'AC') return style.pass(verdict);
  if (verdict === 'SKIPPED') return style.dim(verdict);
  return style.fail(verdict);
}

function detailLines(detail: CaseDetail, style: Style): string[] {
  const label = (text: string) => style.dim(`      ${text.padEnd(9)}`);
  const input = Object.entries(detail.input).map(([name, value]) => `${name} = ${show(value)}`);
  const lines = [`${label('input')}${input.join(', ')}`, `${label('expected')}${show(detail.expected)}`];
  if ('actual' in detail) lines.push(`${label('actual')}${show(detail.actual)}`);
  const difference = detail.difference;
  if (difference && difference.path !== '' && !difference.typeProblem) {
    lines.push(`${label('diff')}at ${difference.path}: expected ${style.pass(show(difference.expected))}, got ${style.fail(show(difference.actual))}`);
  }
  if (detail.output) {
    const output = detail.output.trimEnd().split('\n').slice(0, 10).join(`\n${' '.repeat(15)}`);
    lines.push(`${label('output')}${output}`);
  }
  return lines;
}

export function show(value: unknown): string {
  return compactJson(value, VALUE_WIDTH);
}

export function formatMs(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 100) return `${ms.toFixed(2)} ms`;
  return `${Math.round(ms)} ms`;
}
