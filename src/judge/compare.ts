/**
 * Comparing an answer with the expected value, following the answer's type:
 * exact for ints, strings, bools and arrays, trees and lists by structure,
 * floats within a tolerance, records by field, maps by key. Arrays may be
 * compared as multisets (`unordered`: the outer array; `unordered-deep`: every
 * array). The answer is checked against the type first (a bigint must be a
 * JavaScript bigint; case files write one as digits), so recursion is bounded
 * by the type's depth, never by the data (a `nested<T>` value by the nesting
 * depth the check allows).
 */
import type { Type } from '../problem/types.ts';
import { checkAnswer, MAX_VALUES } from '../problem/values.ts';

export interface Tolerance {
  abs: number;
  rel: number;
}

export type Order = 'exact' | 'unordered' | 'unordered-deep';

export interface CompareOptions {
  tolerance: Tolerance;
  order: Order;
}

export const DEFAULT_TOLERANCE: Tolerance = { abs: 1e-6, rel: 1e-6 };
const DEFAULTS: CompareOptions = { tolerance: DEFAULT_TOLERANCE, order: 'exact' };

export interface Difference {
  /** Where the first difference is, e.g. `[3]`, `[1].weight` or `["k"]`; '' for the whole value. */
  path: string;
  expected: unknown;
  actual: unknown;
  /** Set when the answer does not even have the right type. */
  typeProblem?: string;
  /**
   * For an answer compared as a multiset, the elements expected but not given and those given but
   * not expected: an index into a sorted copy would point at nothing the solver returned.
   */
  missing?: unknown[];
  extra?: unknown[];
  /** For a map: its keys that are missing or not expected, said besides the first wrong value. */
  keys?: { missing: string[]; extra: string[] };
}

export interface Comparison {
  difference: Difference | null;
  /** The largest absolute error between matched floats, when the answer holds floats. */
  maxFloatError?: number;
}

/** The first difference between expected and actual, or null when the answer is right. */
export function compareAnswer(type: Type, expected: unknown, actual: unknown, options: Partial<CompareOptions> = {}): Difference | null {
  return compareWithErrors(type, expected, actual, options).difference;
}

export function compareWithErrors(type: Type, expected: unknown, actual: unknown, options: Partial<CompareOptions> = {}): Comparison {
  const settings = { ...DEFAULTS, ...options };
  const typeProblem = checkAnswer(type, actual, 'answer', { left: MAX_VALUES });
  if (typeProblem) return { difference: { path: '', expected, actual, typeProblem } };
  const state: State = { settings, maxFloatError: undefined };
  const sortedExpected = normalize(type, expected, settings.order, true);
  const sortedActual = normalize(type, actual, settings.order, true);
  let difference = firstDifference(type, sortedExpected, sortedActual, '', state);
  const bare = type.kind === 'nullable' ? type.of : type;
  if (difference && settings.order !== 'exact' && bare.kind === 'array' && Array.isArray(sortedExpected) && Array.isArray(sortedActual)) {
    difference = { path: '', expected, actual, ...multisetDifference(bare.of, sortedExpected, sortedActual, settings) };
  }
  return { difference, ...(state.maxFloatError !== undefined && { maxFloatError: state.maxFloatError }) };
}

/** A merge of the two sorted arrays: equal elements (within the tolerance) pair off, the rest are missing or extra. */
function multisetDifference(of: Type, expected: unknown[], actual: unknown[], settings: CompareOptions): { missing: unknown[]; extra: unknown[] } {
  const missing: unknown[] = [];
  const extra: unknown[] = [];
  const same = (a: unknown, b: unknown) => firstDifference(of, a, b, '', { settings, maxFloatError: undefined }) === null;
  let i = 0;
  let j = 0;
  while (i < expected.length && j < actual.length) {
    if (same(expected[i], actual[j])) {
      i++;
      j++;
    } else if (compareData(expected[i], actual[j]) < 0) missing.push(expected[i++]);
    else extra.push(actual[j++]);
  }
  return { missing: [...missing, ...expected.slice(i)], extra: [...extra, ...actual.slice(j)] };
}

interface State {
  settings: CompareOptions;
  maxFloatError: number | undefined;
}

function firstDifference(type: Type, expected: unknown, actual: unknown, path: string, state: State): Difference | null {
  const differ = (): Difference => ({ path, expected, actual });
  switch (type.kind) {
    case 'float': {
      const error = Math.abs((expected as number) - (actual as number));
      state.maxFloatError = Math.max(state.maxFloatError ?? 0, error);
      return floatsClose(expected as number, actual as number, state.settings.tolerance) ? null : differ();
    }
    case 'bigint':
      // Both are bigints by now (see normalize).
      return expected === actual ? null : differ();
    case 'nullable':
      if (expected === null || actual === null) return expected === actual ? null : differ();
      return firstDifference(type.of, expected, actual, path, state);
    case 'array':
    case 'list':
    case 'tree':
      return firstArrayDifference(elementType(type), expected as unknown[], actual as unknown[], path, state);
    case 'record':
      for (const field of type.fields) {
        const e = (expected as Record<string, unknown>)[field.name];
        const a = (actual as Record<string, unknown>)[field.name];
        const difference = firstDifference(field.type, e, a, `${path}.${field.name}`, state);
        if (difference) return difference;
      }
      return null;
    case 'map':
      return firstMapDifference(type.of, expected as Record<string, unknown>, actual as Record<string, unknown>, path, state);
    case 'nested':
      if (Array.isArray(expected) && Array.isArray(actual)) return firstArrayDifference(type, expected, actual, path, state);
      if (Array.isArray(expected) || Array.isArray(actual)) return differ();
      return firstDifference(type.of, expected, actual, path, state);
    default:
      return expected === actual ? null : differ();
  }
}

function elementType(type: Type): Type {
  if (type.kind === 'array') return type.of;
  if (type.kind === 'list') return { kind: 'int' };
  return { kind: 'nullable', of: { kind: 'int' } };
}

function firstArrayDifference(of: Type, expected: unknown[], actual: unknown[], path: string, state: State): Difference | null {
  let first: Difference | null = null;
  const shared = Math.min(expected.length, actual.length);
  // Keep going past the first difference so the largest float error covers the whole answer.
  for (let i = 0; i < shared; i++) {
    const difference = firstDifference(of, expected[i], actual[i], `${path}[${i}]`, state);
    first ??= difference;
    if (first && state.maxFloatError === undefined) break;
  }
  if (first) return first;
  return expected.length === actual.length ? null : { path, expected, actual };
}

/**
 * A map's first wrong value (keys in sorted order) comes first; its missing and unexpected keys are
 * said with it, so that one run shows everything wrong with the map, not one thing at a time.
 */
function firstMapDifference(of: Type, expected: Record<string, unknown>, actual: Record<string, unknown>, path: string, state: State): Difference | null {
  const missing = Object.keys(expected).filter((key) => !(key in actual)).sort();
  const extra = Object.keys(actual).filter((key) => !(key in expected)).sort();
  const keys = missing.length > 0 || extra.length > 0 ? { keys: { missing, extra } } : {};
  const at = (key: string) => `${path}[${JSON.stringify(key)}]`;
  for (const key of Object.keys(expected).sort()) {
    if (!(key in actual)) continue;
    const difference = firstDifference(of, expected[key], actual[key], at(key), state);
    if (difference) return { ...difference, ...(difference.keys === undefined && keys) };
  }
  // Otherwise the difference is the first missing (or else unexpected) key itself, and the note names the others.
  const others = (rest: { missing: string[]; extra: string[] }) => (rest.missing.length > 0 || rest.extra.length > 0 ? { keys: rest } : {});
  if (missing.length > 0) return { path: at(missing[0]!), expected: expected[missing[0]!], actual: undefined, ...others({ missing: missing.slice(1), extra }) };
  if (extra.length > 0) return { path: at(extra[0]!), expected: undefined, actual: actual[extra[0]!], ...others({ missing: [], extra: extra.slice(1) }) };
  return null;
}

/** Either tolerance passing is enough, as in most judges. */
export function floatsClose(expected: number, actual: number, tolerance: Tolerance): boolean {
  const error = Math.abs(expected - actual);
  return error <= tolerance.abs || error <= tolerance.rel * Math.abs(expected);
}

/**
 * Trees and lists: null and [] are both "no node"; a tree's trailing nulls carry nothing.
 * Unordered arrays are sorted by value, so equal multisets line up.
 */
function normalize(type: Type, value: unknown, order: Order, outer: boolean): unknown {
  if (value === null) return type.kind === 'tree' || type.kind === 'list' ? [] : null;
  switch (type.kind) {
    case 'bigint':
      // The expected value is case data (digits, or a safe integer); the answer already a bigint.
      return typeof value === 'bigint' ? value : BigInt(value as string | number);
    case 'tree': {
      const items = value as unknown[];
      let end = items.length;
      while (end > 0 && items[end - 1] === null) end--;
      return end === items.length ? items : items.slice(0, end);
    }
    case 'nullable':
      return normalize(type.of, value, order, outer);
    case 'array': {
      const items = (value as unknown[]).map((item) => normalize(type.of, item, order, false));
      const sorted = order === 'unordered-deep' || (order === 'unordered' && outer);
      return sorted ? sortByKey(items) : items;
    }
    case 'record': {
      const out = dictionary();
      for (const field of type.fields) out[field.name] = normalize(field.type, (value as Record<string, unknown>)[field.name], order, false);
      return out;
    }
    case 'map': {
      const out = dictionary();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) out[key] = normalize(type.of, item, order, false);
      return out;
    }
    case 'nested': {
      if (!Array.isArray(value)) return normalize(type.of, value, order, false);
      const items = value.map((item) => normalize(type, item, order, false));
      return order === 'unordered-deep' || (order === 'unordered' && outer) ? sortByKey(items) : items;
    }
    default:
      return value;
  }
}

/** An object without a prototype, so that a key such as "__proto__" is a key like any other. */
function dictionary(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

function sortByKey(items: unknown[]): unknown[] {
  return [...items].sort(compareData);
}

/**
 * A total order on case data: numbers by value (so nearly equal floats line up, which text
 * order would not: "10" < "2"), strings by code unit, arrays element by element, objects by
 * their sorted keys. Values of different kinds order by kind.
 */
function compareData(a: unknown, b: unknown): number {
  const kinds = kindRank(a) - kindRank(b);
  if (kinds !== 0) return kinds;
  if (typeof a === 'number' && typeof b === 'number') return a - b || 0;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const order = compareData(a[i], b[i]);
      if (order !== 0) return order;
    }
    return a.length - b.length;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return compareData(Object.entries(a).sort(byKey), Object.entries(b).sort(byKey));
  }
  return 0;
}

function byKey(x: [string, unknown], y: [string, unknown]): number {
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;
}

function kindRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  if (Array.isArray(value)) return 4;
  return 5;
}
