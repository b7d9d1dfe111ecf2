/** The report of `kata judge --complexity`: the two growth estimates in a sentence, a log-log plot, and why sizes stopped. */
import type { ComplexityEstimate, ProgramGrowth, StopReason } from '../judge/complexity.ts';
import { logLogPlot } from './plot.ts';
import type { Style } from './style.ts';

export const SOLUTION_MARK = '●';
export const REFERENCE_MARK = '○';
const PLOT = { width: 56, height: 14 };

export function complexityLines(estimate: ComplexityEstimate, limitMs: number, style: Style): string[] {
  const { solution, reference } = estimate;
  const lines = [`${style.bold('your solution')} ${growthPhrase(solution)}; ${style.bold('the reference')} ${growthPhrase(reference)}`];
  if (solution.failure) {
    const where = solution.failure.size === null ? '' : ` (${solution.points.length > 0 ? 'the fit uses the sizes before it' : 'no size passed before it'})`;
    lines.push(`${style.fail(solution.failure.verdict)} ${solution.failure.message}${where}`);
  }
  if (reference.failure) lines.push(`${style.warn('note:')} the reference got ${reference.failure.verdict} at n = ${reference.failure.size}; sizes stopped there`);
  const plot = logLogPlot(
    [
      { label: 'your solution', mark: SOLUTION_MARK, points: solution.points.map((p) => ({ x: p.size, y: p.timeMs })) },
      { label: 'reference', mark: REFERENCE_MARK, points: reference.points.map((p) => ({ x: p.size, y: p.timeMs })) },
    ],
    { ...PLOT, xLabel: 'n (log scale)', yLabel: 'time of one call (log scale)', formatX: (n) => String(n), formatY: formatMs },
  );
  if (plot.length > 0) lines.push('', ...plot, '');
  lines.push(style.dim(`your solution: ${stopPhrase(solution, estimate, limitMs)}`));
  lines.push(style.dim(`the reference: ${stopPhrase(reference, estimate, limitMs)}`));
  lines.push(style.dim(`n is the size generator.ts was given; each time is the fastest of up to ${estimate.settings.repeats} runs of the call alone`));
  return lines;
}

/** "grows like n^2.0 (n^2)", or why there is no estimate. */
export function growthPhrase(growth: ProgramGrowth): string {
  if (growth.exponent !== null && growth.growthClass !== null) return `grows like n^${growth.exponent.toFixed(1)} (${growth.growthClass})`;
  if (growth.points.length === 0) return 'was not measured';
  return 'could not be estimated: too few sizes took long enough to measure';
}

function stopPhrase(growth: ProgramGrowth, estimate: ComplexityEstimate, limitMs: number): string {
  const sizes = growth.points.length === 0 ? 'no size measured' : `n = ${growth.points[0]!.size} to ${growth.points.at(-1)!.size}`;
  const fitted = growth.fitted.length > 0 ? `, fitted on n = ${growth.fitted[0]!.size} to ${growth.fitted.at(-1)!.size}` : '';
  return `${sizes}${fitted}; ${stopReason(growth.stopped, estimate, limitMs)}`;
}

function stopReason(reason: StopReason, estimate: ComplexityEstimate, limitMs: number): string {
  switch (reason) {
    case 'time':
      return `stopped once a run took more than ${formatMs(limitMs * estimate.settings.limitShare)} (${Math.round(estimate.settings.limitShare * 100)}% of the time limit)`;
    case 'budget':
      return `stopped when the time budget of ${estimate.settings.budgetMs / 1000} s ran out`;
    case 'input-size':
      return `stopped when inputs grew too large to make and send (past n = ${estimate.largestSize})`;
    case 'failed':
      return 'stopped where it failed';
    case 'reference-failed':
      return 'stopped where the reference failed, since nothing could check the answers past it';
    case 'not-run':
      return 'not run, since the solution did not load';
  }
}

export function formatMs(ms: number): string {
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${Number(ms.toPrecision(2))} ms`;
}
