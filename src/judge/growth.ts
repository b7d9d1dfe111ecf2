/**
 * How time grows with n: the exponent of a line through log(time) against log(n), and the class of
 * growth nearest to it. The line's slope is the median of the slopes between every two sizes (Theil-Sen),
 * not a least-squares one: a step where the input outgrows a cache, inside the sizes fitted, tilts a
 * least-squares line by enough to read n as n log n, and moves the median hardly at all. A class is compared by the exponent it would show over the same
 * sizes, not by its asymptotic one: over n = 10^3..10^5, n log n grows like n^1.1, not n^1.0, and
 * that is the only way to tell it from n with a fit.
 */

export interface SizeTime {
  size: number;
  timeMs: number;
}

export type GrowthClass = '1' | 'n' | 'n log n' | `n^${number}` | '2^n';

/** How much steeper than the steady steps the last one must be to be a knee of the machine. */
const KNEE_STEP = 0.5;
/**
 * How much of the extra slope n log n has over n a fit must show to be read as n log n. Measured in
 * estimates with the other core busy: linear scans reached 0.42 of it across cache boundaries (0.86 when
 * only sizes over 20 µs counted), sorts never less than 1.0.
 */
const N_LOG_N_SHARE = 0.75;
/** A local exponent this steep, still rising, is past any polynomial a solution plausibly has. */
const EXPONENTIAL_SLOPE = 4;

/** The slope of the line through (log size, log time); null for fewer than two distinct sizes. */
export function fitExponent(points: readonly SizeTime[]): number | null {
  return slope(points.map((p) => [Math.log(p.size), Math.log(p.timeMs)] as const));
}

/** The median of the slopes between every two points of distinct x. */
function slope(xy: readonly (readonly [number, number])[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < xy.length; i++) {
    for (let j = i + 1; j < xy.length; j++) {
      const [x1, y1] = xy[i]!;
      const [x2, y2] = xy[j]!;
      if (x1 !== x2) slopes.push((y2 - y1) / (x2 - x1));
    }
  }
  if (slopes.length === 0) return null;
  const sorted = slopes.sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The points the line fits without a stray: the point furthest from the line is left out while
 * it is more than three times the median distance away (and more than a tenth in log terms), keeping four
 * at least. A single slow size (a collection, a preempted run) would otherwise tilt the whole line.
 */
export function withoutStrays<T extends SizeTime>(points: readonly T[]): T[] {
  let kept = [...points];
  while (kept.length > 4) {
    const exponent = fitExponent(kept)!;
    const logs = kept.map((p) => Math.log(p.timeMs) - exponent * Math.log(p.size));
    const intercept = medianOf(logs);
    const distances = logs.map((value) => Math.abs(value - intercept));
    const median = [...distances].sort((a, b) => a - b)[Math.floor(distances.length / 2)]!;
    const worst = distances.indexOf(Math.max(...distances));
    if (distances[worst]! <= Math.max(3 * median, 0.1)) break;
    kept = kept.filter((_, i) => i !== worst);
  }
  return kept;
}

/**
 * The sizes from a knee up left out: a step far steeper than the steady steps of the rest means the input
 * outgrew a cache, or the collector ran during the call, and that is the machine, not the algorithm.
 * Steps that keep rising (2^n) are not steady, and stay. A knee is cut only with four points left below it.
 */
export function withoutTopKnee<T extends SizeTime>(points: readonly T[]): T[] {
  if (points.length <= 4) return [...points];
  const steps = points.slice(1).map((p, i) => Math.log(p.timeMs / points[i]!.timeMs) / Math.log(p.size / points[i]!.size));
  const median = medianOf(steps);
  const spread = medianOf(steps.map((step) => Math.abs(step - median)));
  const knee = steps.findIndex((step, i) => i >= 3 && step > median + Math.max(KNEE_STEP, 3 * spread));
  return knee === -1 ? [...points] : points.slice(0, knee + 1);
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The exponent a function of n shows over these sizes when fitted like a measurement. */
function classExponent(f: (n: number) => number, sizes: readonly number[]): number {
  return slope(sizes.map((n) => [Math.log(n), Math.log(f(n))] as const)) ?? 0;
}

/** The class whose exponent over these sizes is nearest the measured one; 2^n when the local exponent keeps rising past n^4. */
export function nearestClass(points: readonly SizeTime[]): GrowthClass | null {
  const exponent = fitExponent(points);
  if (exponent === null) return null;
  if (keepsRising(points)) return '2^n';
  const sizes = points.map((p) => p.size);
  const polynomial = Math.max(2, Math.round(exponent));
  const candidates: [GrowthClass, number][] = [
    ['1', 0],
    ['n', 1],
    ['n log n', classExponent((n) => n * Math.log2(Math.max(2, n)), sizes)],
    [`n^${polynomial}`, polynomial],
  ];
  const nearest = candidates.reduce((best, candidate) => (Math.abs(candidate[1] - exponent) < Math.abs(best[1] - exponent) ? candidate : best))[0];
  // The machine only ever steepens a line (each cache an input outgrows costs more per element), so n
  // log n must show most of its extra slope over n, not just half of it, before a scan is read as one.
  const nLogN = candidates[2]![1];
  return nearest === 'n log n' && exponent < 1 + N_LOG_N_SHARE * (nLogN - 1) ? 'n' : nearest;
}

/** Each step between neighbouring sizes steeper than the one before, for the last three steps, ending past n^4. */
function keepsRising(points: readonly SizeTime[]): boolean {
  const steps: number[] = [];
  for (let i = 1; i < points.length; i++) steps.push(Math.log(points[i]!.timeMs / points[i - 1]!.timeMs) / Math.log(points[i]!.size / points[i - 1]!.size));
  const last = steps.slice(-3);
  return last.length === 3 && last[0]! < last[1]! && last[1]! < last[2]! && last[2]! > EXPONENTIAL_SLOPE;
}
