/**
 * Durations as every report prints them: one decimal below 10 ms (finer would claim a precision
 * that timers on a shared machine do not have), whole milliseconds below a second, then seconds.
 */
export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
