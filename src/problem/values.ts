/**
 * Checking that JSON data has a type. Used on case files when they load and
 * on answers before they are compared. Imports only types.ts: the sandbox
 * loads it too.
 */
import { formatType, innerTypes, MAX_NESTING_DEPTH, type Type } from './types.ts';

const BIGINT_TEXT = /^-?\d+$/;

/** How many values checking an answer may visit, counting shared parts every time they are reached. */
export const MAX_VALUES = 20_000_000;

export interface Budget {
  left: number;
}

/** A string costs one value of the budget per 8 characters. */
const STRING_UNIT_SHIFT = 3;

/**
 * What is being checked: case data read from JSON (`data`: a bigint is written as a string of digits
 * or a safe integer), or a solution's answer (`answer`: a bigint must be a JavaScript bigint, so that
 * a string of the right digits, or a small number, is a wrong answer).
 */
export type ValueSource = 'data' | 'answer';

/**
 * Checks that a value has the given type. Returns a description of the
 * first mismatch, with its path (e.g. `[2][0]: expected int, got a string`), or null.
 * Depth follows the type, not the value, so cyclic values cannot recurse forever; a
 * `nested<T>` value, whose depth is the data's, is walked without recursion and at most
 * MAX_NESTING_DEPTH levels deep.
 */
export function checkValue(type: Type, value: unknown, path = '', budget: Budget = { left: Infinity }, source: ValueSource = 'data'): string | null {
  const where = path === '' ? '' : `${path}: `;
  const mismatch = () => `${where}expected ${formatType(type)}, got ${describeValue(value)}`;
  // An answer may share one array many times over: small to send, huge to walk. The budget bounds the walk.
  // A long string is many values' worth of work to compare (and to sort, under an unordered checker).
  budget.left -= 1 + (typeof value === 'string' ? value.length >> STRING_UNIT_SHIFT : 0);
  if (budget.left < 0) return `${where}too large to judge (more than the ${MAX_VALUES.toLocaleString('en')} values an answer may hold, a long string counting one per ${1 << STRING_UNIT_SHIFT} characters)`;
  switch (type.kind) {
    case 'int':
      return Number.isSafeInteger(value) ? null : mismatch();
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : mismatch();
    case 'string':
      return typeof value === 'string' ? null : mismatch();
    case 'char':
      return typeof value === 'string' && [...value].length === 1 ? null : mismatch();
    case 'bool':
      return typeof value === 'boolean' ? null : mismatch();
    case 'bigint':
      if (source === 'answer') return typeof value === 'bigint' ? null : mismatch();
      return isBigintData(value) ? null : mismatch();
    case 'nullable':
      return value === null ? null : checkValue(type.of, value, path, budget, source);
    case 'tree':
      return checkTree(value, where);
    case 'list':
      return checkElements({ kind: 'int' }, value, path, mismatch, budget, source);
    case 'array':
      return checkElements(type.of, value, path, mismatch, budget, source);
    case 'record':
      return checkRecord(type, value, path, mismatch, budget, source);
    case 'map':
      return checkMap(type, value, path, mismatch, budget, source);
    case 'nested':
      return checkNested(type.of, value, path, budget, source);
  }
}

/** A solution's answer: a bigint must be a JavaScript bigint, whatever case files write for one. */
export function checkAnswer(type: Type, value: unknown, path = 'answer', budget: Budget = { left: Infinity }): string | null {
  return checkValue(type, value, path, budget, 'answer');
}

/** How case files write a bigint: a string of digits, or a safe integer. */
function isBigintData(value: unknown): value is string | number {
  return (typeof value === 'string' && BIGINT_TEXT.test(value)) || Number.isSafeInteger(value);
}

/**
 * Every array in the value is a level of nesting; anything else must be a T. Iterative, since the data sets
 * the depth: one frame per open array (at most MAX_NESTING_DEPTH), each with a cursor into its elements.
 */
function checkNested(of: Type, value: unknown, path: string, budget: Budget, source: ValueSource): string | null {
  if (!Array.isArray(value)) return checkValue(of, value, path, budget, source);
  const frames: { items: unknown[]; next: number; path: string }[] = [{ items: value, next: 0, path }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    if (frame.next >= frame.items.length) {
      frames.pop();
      continue;
    }
    const index = frame.next++;
    const item = frame.items[index];
    const at = `${frame.path}[${index}]`;
    if (!Array.isArray(item)) {
      const problem = checkValue(of, item, at, budget, source);
      if (problem) return problem;
      continue;
    }
    if (frames.length >= MAX_NESTING_DEPTH) return `${at}: too deep (arrays nested more than ${MAX_NESTING_DEPTH} levels)`;
    budget.left -= 1;
    if (budget.left < 0) return `${at}: too large to judge (more than the ${MAX_VALUES.toLocaleString('en')} values an answer may hold)`;
    frames.push({ items: item, next: 0, path: at });
  }
  return null;
}

function checkElements(of: Type, value: unknown, path: string, mismatch: () => string, budget: Budget, source: ValueSource): string | null {
  if (!Array.isArray(value)) return mismatch();
  for (let i = 0; i < value.length; i++) {
    const problem = checkValue(of, value[i], `${path}[${i}]`, budget, source);
    if (problem) return problem;
  }
  return null;
}

function checkTree(value: unknown, where: string): string | null {
  if (value === null) return null;
  if (!Array.isArray(value)) return `${where}expected TreeNode (a level-order array), got ${describeValue(value)}`;
  if (value.length > 0 && value[0] === null) return `${where}a tree's level-order array cannot start with null`;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== null && !Number.isSafeInteger(value[i])) {
      return `${where}[${i}]: expected int or null, got ${describeValue(value[i])}`;
    }
  }
  return null;
}

function checkRecord(type: Extract<Type, { kind: 'record' }>, value: unknown, path: string, mismatch: () => string, budget: Budget, source: ValueSource): string | null {
  if (!isPlainObject(value)) return mismatch();
  const names = type.fields.map((field) => field.name);
  const extra = Object.keys(value).find((key) => !names.includes(key));
  if (extra !== undefined) return `${path === '' ? '' : `${path}: `}unexpected field "${extra}" (fields: ${names.join(', ')})`;
  for (const field of type.fields) {
    if (!(field.name in value)) return `${path}.${field.name}: missing`;
    const problem = checkValue(field.type, value[field.name], `${path}.${field.name}`, budget, source);
    if (problem) return problem;
  }
  return null;
}

function checkMap(type: Extract<Type, { kind: 'map' }>, value: unknown, path: string, mismatch: () => string, budget: Budget, source: ValueSource): string | null {
  if (!isPlainObject(value)) return mismatch();
  for (const [key, item] of Object.entries(value)) {
    if (type.key === 'int' && !/^-?\d+$/.test(key)) return `${path}: the key "${key}" is not an int`;
    const problem = checkValue(type.of, item, `${path}[${JSON.stringify(key)}]`, budget, source);
    if (problem) return problem;
  }
  return null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/**
 * A short description of a value's kind. It never includes the value itself: a message
 * about a hidden case must not echo data that a solution derived from the hidden input.
 */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
    if (!Number.isSafeInteger(value)) return Number.isInteger(value) ? 'an integer beyond 2^53' : 'a fractional number';
    return 'an integer';
  }
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'bigint') return 'a bigint';
  if (typeof value === 'function') return 'a function';
  return 'an object';
}

/**
 * Case data as the values a solver sees, for showing: every bigint (a string of digits or a
 * number in case files) becomes a JavaScript bigint, shown as `9223372036854775808n`. Anything
 * that does not fit the type is left as it is. Recursion follows the type, not the data.
 */
export function withBigints(type: Type, data: unknown): unknown {
  return mapBigints(type, data, (leaf) => (isBigintData(leaf) ? BigInt(leaf) : leaf));
}

/**
 * An answer that passed checkAnswer, as case data: every bigint written as its string of digits, as
 * case files hold it (for generated cases' stored answers, and for a custom checker). Only the parts
 * of the type that hold a bigint are copied.
 */
export function answerAsData(type: Type, value: unknown): unknown {
  return mapBigints(type, value, (leaf) => (typeof leaf === 'bigint' ? leaf.toString() : leaf));
}

/**
 * Data with each value where the type has a bigint replaced by `convert(value)`; the rest as it is, and
 * only the parts of the type that hold a bigint copied. Recursion follows the type, not the data.
 */
function mapBigints(type: Type, data: unknown, convert: (leaf: unknown) => unknown): unknown {
  if (!holdsBigint(type) || data === null || data === undefined) return data;
  switch (type.kind) {
    case 'bigint':
      return convert(data);
    case 'nullable':
      return mapBigints(type.of, data, convert);
    case 'array':
      return Array.isArray(data) ? data.map((item) => mapBigints(type.of, item, convert)) : data;
    case 'nested':
      // A T, or an array of nested T to any depth (checkAnswer has bounded the depth of an answer).
      return Array.isArray(data) ? data.map((item) => mapBigints(type, item, convert)) : mapBigints(type.of, data, convert);
    case 'record':
    case 'map': {
      if (!isPlainObject(data)) return data;
      const out = Object.create(null) as Record<string, unknown>;
      for (const [key, item] of Object.entries(data)) {
        const inner = type.kind === 'map' ? type.of : type.fields.find((field) => field.name === key)?.type;
        out[key] = inner ? mapBigints(inner, item, convert) : item;
      }
      return out;
    }
    default:
      return data;
  }
}

function holdsBigint(type: Type): boolean {
  return type.kind === 'bigint' || innerTypes(type).some(holdsBigint);
}

/** Deep equality of case data, whatever the order of object keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return Object.is(a, b);
}
