/** The reporter for people at a terminal: a line per case, details for failed examples, a summary. */
import type { CaseDetail, CaseResult } from '../judge/verdict.ts';
import { compactJson, plural, safeText } from '../util/text.ts';
import type { Reporter } from './reporter.ts';
import type { Style } from './style.ts';
import { formatDuration } from '../util/time.ts';

const VALUE_WIDTH = 400;
/** What a solution printed during a failed example: the first lines, of the first 2 000 characters kept. */
const OUTPUT_LINES = 10;

export const humanReporter: Reporter = {
  caseDone(result, style) {
    const mark = result.verdict === 'AC' ? style.pass('✓') : result.verdict === 'SKIPPED' ? style.dim('-') : style.fail('✗');
    const verdict = result.verdict === 'AC' ? '' : ` ${colourVerdict(result.verdict, style)}`;
    const time = result.verdict === 'SKIPPED' ? '' : style.dim(` ${formatDuration(result.timeMs)}${measureNote(result)}`);
    const message = result.message ? `  ${result.message}` : '';
    const lines = [`  ${mark} ${result.id.padEnd(10)}${verdict}${time}${message}`];
    if (result.detail && result.verdict !== 'AC') lines.push(...detailLines(result.detail, style));
    else if (result.detail?.output) lines.push(...outputLines(result.detail.output, style));
    return lines.join('\n');
  },

  interrupted(partial, style) {
    return `\n${style.warn('interrupted')}  ${partial.cases.length} of ${partial.total} ${plural(partial.total, 'case')} finished, ${partial.passed} passed`;
  },

  judgmentDone(judgment, style) {
    const lines: string[] = [];
    if (judgment.message) lines.push(`  ${style.fail(judgment.message)}`);
    const verdict = colourVerdict(judgment.verdict, style);
    const time = style.dim(`${formatDuration(judgment.timeMs)} in cases`);
    // A CE from the type check comes after cases that ran: say they passed, but that it is not accepted.
    const counts = judgment.verdict === 'CE' && judgment.passed > 0 ? `not accepted, although ${judgment.passed}/${judgment.total} ${plural(judgment.total, 'case')} passed` : `${judgment.passed}/${judgment.total} passed`;
    lines.push('', `${style.bold(verdict)}  ${counts}  ${time}`);
    return lines.join('\n');
  },
};

/** `(median of 9; first call 0.1 ms; heap 1.20 MB)`: how the time was taken, and an example's heap. */
function measureNote(result: CaseResult): string {
  const notes: string[] = [];
  if (result.timing?.method === 'median') notes.push(`median of ${result.timing.runs}`, `first call ${formatDuration(result.timing.warmupMs ?? 0)}`);
  if (result.peakHeapMb !== undefined) notes.push(`heap ${result.peakHeapMb.toFixed(2)} MB`);
  return notes.length > 0 ? ` (${notes.join('; ')})` : '';
}

function colourVerdict(verdict: string, style: Style): string {
  if (verdict === 'AC') return style.pass(verdict);
  if (verdict === 'SKIPPED') return style.dim(verdict);
  return style.fail(verdict);
}

/** How many missing or unexpected elements of an unordered answer the diff line shows. */
const DIFF_ELEMENTS = 5;

function detailLines(detail: CaseDetail, style: Style): string[] {
  const label = (text: string) => style.dim(`      ${text.padEnd(9)}`);
  const input = Object.entries(detail.input).map(([name, value]) => `${name} = ${show(value)}`);
  const lines = [`${label('input')}${input.join(', ')}`, `${label('expected')}${show(detail.expected)}`];
  if ('actual' in detail) lines.push(`${label('actual')}${show(detail.actual)}`);
  const difference = detail.difference;
  if (difference?.missing && difference.extra) {
    const list = (items: unknown[]) => `${items.slice(0, DIFF_ELEMENTS).map(show).join(', ')}${items.length > DIFF_ELEMENTS ? ` and ${items.length - DIFF_ELEMENTS} more` : ''}`;
    const parts = [difference.missing.length > 0 && `missing ${style.pass(list(difference.missing))}`, difference.extra.length > 0 && `unexpected ${style.fail(list(difference.extra))}`];
    lines.push(`${label('diff')}${parts.filter(Boolean).join('; ')}`);
  } else if (difference && difference.path !== '' && !difference.typeProblem) {
    lines.push(`${label('diff')}at ${difference.path}: expected ${style.pass(show(difference.expected))}, got ${style.fail(show(difference.actual))}`);
  }
  if (detail.output) lines.push(...outputLines(detail.output, style));
  return lines;
}

function outputLines(output: string, style: Style): string[] {
  const printed = output.trimEnd().split('\n');
  const shown = printed.slice(0, OUTPUT_LINES);
  if (printed.length > OUTPUT_LINES) shown.push(`… ${printed.length - OUTPUT_LINES} more ${plural(printed.length - OUTPUT_LINES, 'line')}`);
  return [`${style.dim(`      ${'output'.padEnd(9)}`)}${shown.join(`\n${' '.repeat(15)}`)}`];
}

/** A value as compact JSON; strings in it are the solution's, so what a terminal would act on is escaped. */
export function show(value: unknown): string {
  return safeText(compactJson(value, VALUE_WIDTH));
}

