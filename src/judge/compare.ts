/**
 * Comparing an answer with the expected value, following the answer's type:
 * exact for ints, strings, bools and arrays, trees and lists by structure,
 * floats within a tolerance. Both values are checked against the type first,
 * so recursion is bounded by the type's depth, never by the data.
 */
import { checkValue, type Type } from '../problem/types.ts';

export interface Tolerance {
  abs: number;
  rel: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { abs: 1e-6, rel: 1e-6 };

export interface Difference {
  /** Where the first difference is, e.g. `[3]` or `[1][0]`; '' for the whole value. */
  path: string;
  expected: unknown;
  actual: unknown;
  /** Set when the answer does not even have the right type. */
  typeProblem?: string;
}

/** The first difference between expected and actual, or null when the answer is right. */
export function compareAnswer(type: Type, expected: unknown, actual: unknown, tolerance = DEFAULT_TOLERANCE): Difference | null {
  const typeProblem = checkValue(type, actual, 'answer');
  if (typeProblem) return { path: '', expected, actual, typeProblem };
  return firstDifference(type, normalize(type, expected), normalize(type, actual), '', tolerance);
}

function firstDifference(type: Type, expected: unknown, actual: unknown, path: string, tolerance: Tolerance): Difference | null {
  const differ = (): Difference => ({ path, expected, actual });
  switch (type.kind) {
    case 'float':
      return floatsClose(expected as number, actual as number, tolerance) ? null : differ();
    case 'nullable':
      if (expected === null || actual === null) return expected === actual ? null : differ();
      return firstDifference(type.of, expected, actual, path, tolerance);
    case 'array':
    case 'list':
    case 'tree': {
      const of: Type = type.kind === 'array' ? type.of : type.kind === 'list' ? { kind: 'int' } : { kind: 'nullable', of: { kind: 'int' } };
      const e = expected as unknown[];
      const a = actual as unknown[];
      const shared = Math.min(e.length, a.length);
      for (let i = 0; i < shared; i++) {
        const difference = firstDifference(of, e[i], a[i], `${path}[${i}]`, tolerance);
        if (difference) return difference;
      }
      return e.length === a.length ? null : { path, expected, actual };
    }
    default:
      return Object.is(expected, actual) || expected === actual ? null : differ();
  }
}

/** Either tolerance passing is enough, as in most judges. */
export function floatsClose(expected: number, actual: number, tolerance: Tolerance): boolean {
  const error = Math.abs(expected - actual);
  return error <= tolerance.abs || error <= tolerance.rel * Math.abs(expected);
}

/** Trees and lists: null and [] are both "no node"; a tree's trailing nulls carry nothing. */
function normalize(type: Type, value: unknown): unknown {
  if ((type.kind === 'tree' || type.kind === 'list') && value === null) return [];
  if (type.kind === 'tree' && Array.isArray(value)) {
    let end = value.length;
    while (end > 0 && value[end - 1] === null) end--;
    return end === value.length ? value : value.slice(0, end);
  }
  if (type.kind === 'array' && Array.isArray(value) && needsNormalizing(type.of)) return value.map((item) => normalize(type.of, item));
  if (type.kind === 'nullable' && value !== null) return normalize(type.of, value);
  return value;
}

function needsNormalizing(type: Type): boolean {
  if (type.kind === 'tree' || type.kind === 'list') return true;
  return (type.kind === 'array' || type.kind === 'nullable') && needsNormalizing(type.of);
}
