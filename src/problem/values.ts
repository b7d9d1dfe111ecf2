/**
 * Checking that JSON data has a type. Used on case files when they load and
 * on answers before they are compared. Imports only types.ts: the sandbox
 * loads it too.
 */
import { formatType, MAX_NESTING_DEPTH, type Type } from './types.ts';

const BIGINT_TEXT = /^-?\d+$/;

/** How many values checking an answer may visit, counting shared parts every time they are reached. */
export const MAX_VALUES = 20_000_000;

export interface Budget {
  left: number;
}

/** A string costs one value of the budget per 8 characters. */
const STRING_UNIT_SHIFT = 3;

/**
 * Checks that a JSON value has the given type. Returns a description of the
 * first mismatch, with its path (e.g. `[2][0]: expected int, got a string`), or null.
 * Depth follows the type, not the value, so cyclic values cannot recurse forever; a
 * `nested<T>` value, whose depth is the data's, is walked without recursion and at most
 * MAX_NESTING_DEPTH levels deep.
 */
export function checkValue(type: Type, value: unknown, path = '', budget: Budget = { left: Infinity }): string | null {
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
      return (typeof value === 'string' && BIGINT_TEXT.test(value)) || Number.isSafeInteger(value) ? null : mismatch();
    case 'nullable':
      return value === null ? null : checkValue(type.of, value, path, budget);
    case 'tree':
      return checkTree(value, where);
    case 'list':
      return checkElements({ kind: 'int' }, value, path, mismatch, budget);
    case 'array':
      return checkElements(type.of, value, path, mismatch, budget);
    case 'record':
      return checkRecord(type, value, path, mismatch, budget);
    case 'map':
      return checkMap(type, value, path, mismatch, budget);
    case 'nested':
      return checkNested(type.of, value, path, budget);
  }
}

/**
 * Every array in the value is a level of nesting; anything else must be a T. Iterative, since the data sets
 * the depth: one frame per open array (at most MAX_NESTING_DEPTH), each with a cursor into its elements.
 */
function checkNested(of: Type, value: unknown, path: string, budget: Budget): string | null {
  if (!Array.isArray(value)) return checkValue(of, value, path, budget);
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
      const problem = checkValue(of, item, at, budget);
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

function checkElements(of: Type, value: unknown, path: string, mismatch: () => string, budget: Budget): string | null {
  if (!Array.isArray(value)) return mismatch();
  for (let i = 0; i < value.length; i++) {
    const problem = checkValue(of, value[i], `${path}[${i}]`, budget);
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

function checkRecord(type: Extract<Type, { kind: 'record' }>, value: unknown, path: string, mismatch: () => string, budget: Budget): string | null {
  if (!isPlainObject(value)) return mismatch();
  const names = type.fields.map((field) => field.name);
  const extra = Object.keys(value).find((key) => !names.includes(key));
  if (extra !== undefined) return `${path === '' ? '' : `${path}: `}unexpected field "${extra}" (fields: ${names.join(', ')})`;
  for (const field of type.fields) {
    if (!(field.name in value)) return `${path}.${field.name}: missing`;
    const problem = checkValue(field.type, value[field.name], `${path}.${field.name}`, budget);
    if (problem) return problem;
  }
  return null;
}

function checkMap(type: Extract<Type, { kind: 'map' }>, value: unknown, path: string, mismatch: () => string, budget: Budget): string | null {
  if (!isPlainObject(value)) return mismatch();
  for (const [key, item] of Object.entries(value)) {
    if (type.key === 'int' && !/^-?\d+$/.test(key)) return `${path}: the key "${key}" is not an int`;
    const problem = checkValue(type.of, item, `${path}[${JSON.stringify(key)}]`, budget);
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

/** Deep equality of case data, whatever the order of object keys. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameData(a[key], b[key]));
  }
  return Object.is(a, b);
}
