/**
 * Input bounds: the constraints a statement promises ("1 <= n <= 10^5",
 * "s has only lowercase letters"), written in problem.json and checked on
 * every stored and generated case, so that a solution is never judged on an
 * input its statement rules out. For a class problem the keys are "calls"
 * (the number of method calls after the constructor), "constructor.<param>"
 * and "<method>.<param>" (every call's argument).
 */
import { boundEnd, type BoundJson } from './schema.ts';
import { inputType, type Signature } from './signature.ts';
import { formatType, type Type } from './types.ts';

export type Bounds = Record<string, BoundJson>;

export const CALLS_KEY = 'calls';
const CALLS_TYPE: Type = { kind: 'array', of: { kind: 'string' } };

/** Every key `bounds` may use, with the type of the value it bounds. */
export function boundTargets(signature: Signature): Map<string, Type> {
  if (signature.kind === 'function') return new Map(signature.params.map((param) => [param.name, inputType(param)]));
  const targets = new Map<string, Type>([[CALLS_KEY, CALLS_TYPE]]);
  for (const param of signature.constructorParams) targets.set(`constructor.${param.name}`, param.type);
  for (const method of signature.methods) for (const param of method.params) targets.set(`${method.name}.${param.name}`, param.type);
  return targets;
}

/** What is wrong with the bounds themselves: unknown keys, or a bound that cannot apply to its type. */
export function boundsProblems(signature: Signature, bounds: Bounds): string[] {
  const targets = boundTargets(signature);
  const problems: string[] = [];
  for (const [key, bound] of Object.entries(bounds)) {
    const type = targets.get(key);
    if (!type) {
      problems.push(`bounds.${key}: nothing is named "${key}" (bounds may name: ${[...targets.keys()].join(', ') || 'nothing'})`);
      continue;
    }
    problems.push(...boundProblems(bound, type, `bounds.${key}`));
  }
  return problems;
}

function boundProblems(bound: BoundJson, type: Type, path: string): string[] {
  const bare = unwrap(type);
  const shown = formatType(type);
  const problems: string[] = [];
  if (bound.value && !hasLeaf(bare, (leaf) => NUMERIC.has(leaf.kind))) problems.push(`${path}.value: ${shown} holds no numbers`);
  if (bound.length && sizeKind(bare) === null) problems.push(`${path}.length: ${shown} has no length`);
  if (bound.chars !== undefined) {
    if (!hasLeaf(bare, (leaf) => leaf.kind === 'string' || leaf.kind === 'char')) problems.push(`${path}.chars: ${shown} holds no strings`);
    else if (charClass(bound.chars) === null) problems.push(`${path}.chars: "${bound.chars}" is not a character class such as "a-z0-9"`);
  }
  const ordered = bare.kind === 'array' || bare.kind === 'list';
  if (bound.distinct && !ordered && bare.kind !== 'tree') problems.push(`${path}.distinct: ${shown} is not an array or a tree`);
  if (bound.order && !ordered) problems.push(`${path}.order: ${shown} is not an array`);
  if (bound.each) {
    const element = elementType(bare);
    if (element) problems.push(...boundProblems(bound.each, element, `${path}.each`));
    else problems.push(`${path}.each: ${shown} has no elements`);
  }
  return problems;
}

/** The first way this input breaks each bound, as "nums[3] = 2000000000 is above the maximum 1000000000". */
export function boundViolations(signature: Signature, bounds: Bounds, input: Record<string, unknown>): string[] {
  const targets = boundTargets(signature);
  const violations: string[] = [];
  for (const [key, bound] of Object.entries(bounds)) {
    const type = targets.get(key);
    if (!type) continue;
    for (const { value, path } of boundedValues(signature, key, input)) {
      const violation = checkBound(bound, type, value, path);
      if (violation) {
        violations.push(`${violation} (bounds.${key})`);
        break;
      }
    }
  }
  return violations;
}

/**
 * The largest size under every bound that has a length, nested ones too (`grid.each` for the rows
 * of a grid): to see whether some case reaches each maximum.
 */
export function boundedSizes(signature: Signature, bounds: Bounds, input: Record<string, unknown>): Map<string, number> {
  const targets = boundTargets(signature);
  const sizes = new Map<string, number>();
  for (const [key, bound] of Object.entries(bounds)) {
    const type = targets.get(key);
    if (!type) continue;
    for (const { value, path } of boundedValues(signature, key, input)) collectSizes(bound, type, value, path, key, sizes);
  }
  return sizes;
}

function collectSizes(bound: BoundJson, type: Type, value: unknown, path: string, key: string, sizes: Map<string, number>): void {
  const bare = unwrap(type);
  if (value === null) return;
  if (bound.length) {
    const size = sizeOf(bare, value);
    if (size !== null) sizes.set(key, Math.max(size, sizes.get(key) ?? 0));
  }
  const element = bound.each ? elementType(bare) : null;
  if (!element || !hasLength(bound.each!)) return;
  for (const item of elementsOf(bare, value, path)) collectSizes(bound.each!, element, item.value, item.path, `${key}.each`, sizes);
}

function hasLength(bound: BoundJson): boolean {
  return bound.length !== undefined || (bound.each !== undefined && hasLength(bound.each));
}

/** Every key of `boundedSizes` with its maximum: `grid` and `grid.each` for a grid's rows. */
export function maximumLengths(bounds: Bounds): Map<string, number> {
  const maximums = new Map<string, number>();
  const walk = (bound: BoundJson, key: string) => {
    if (bound.length) maximums.set(key, bound.length[1]);
    if (bound.each) walk(bound.each, `${key}.each`);
  };
  for (const [key, bound] of Object.entries(bounds)) walk(bound, key);
  return maximums;
}

/** The values a key bounds in one case: a parameter, the list of calls, or one argument of every call. */
function boundedValues(signature: Signature, key: string, input: Record<string, unknown>): { value: unknown; path: string }[] {
  if (signature.kind === 'function') return key in input ? [{ value: input[key], path: key }] : [];
  const operations = Array.isArray(input.operations) ? (input.operations as unknown[]) : [];
  const args = Array.isArray(input.arguments) ? (input.arguments as unknown[][]) : [];
  if (key === CALLS_KEY) return [{ value: operations.slice(1), path: 'calls' }];
  const [owner, name] = key.split('.') as [string, string];
  const params = owner === 'constructor' ? signature.constructorParams : (signature.methods.find((method) => method.name === owner)?.params ?? []);
  const at = params.findIndex((param) => param.name === name);
  const values: { value: unknown; path: string }[] = [];
  operations.forEach((operation, step) => {
    const matches = owner === 'constructor' ? step === 0 : step > 0 && operation === owner;
    if (matches && Array.isArray(args[step])) values.push({ value: args[step][at], path: `${owner === 'constructor' ? signature.className : owner}(call ${step}).${name}` });
  });
  return values;
}

function checkBound(bound: BoundJson, type: Type, value: unknown, path: string): string | null {
  if (type.kind === 'nullable') return value === null ? null : checkBound(bound, type.of, value, path);
  if (bound.length) {
    const size = sizeOf(type, value);
    const [low, high] = bound.length;
    if (size !== null && (size < low || size > high)) return `${path} has length ${size}, outside [${low}, ${high}]`;
  }
  if (bound.value) {
    const [low, high] = bound.value.map(boundEnd) as [number | bigint, number | bigint];
    const outside = findLeaf(type, value, path, (leaf, data) => NUMERIC.has(leaf.kind) && data !== null && !within(data, low, high));
    if (outside) return `${outside.path} = ${String(outside.data)} is ${below(outside.data, low) ? `below the minimum ${String(low)}` : `above the maximum ${String(high)}`}`;
  }
  if (bound.chars !== undefined) {
    const allowed = charClass(bound.chars)!;
    const bad = findLeaf(type, value, path, (leaf, data) => (leaf.kind === 'string' || leaf.kind === 'char') && typeof data === 'string' && !allowed.test(data));
    if (bad) {
      const character = [...(bad.data as string)].find((c) => !allowed.test(c)) ?? '';
      return `${bad.path} has ${JSON.stringify(character)}, which is not one of [${bound.chars}]`;
    }
  }
  const elements = elementsOf(type, value, path);
  if (bound.distinct) {
    const seen = new Map<string, string>();
    for (const element of elements) {
      const key = JSON.stringify(element.value);
      const earlier = seen.get(key);
      if (earlier !== undefined) return `${element.path} repeats ${earlier} (${key}), but the elements must be distinct`;
      seen.set(key, element.path);
    }
  }
  if (bound.order) {
    for (let i = 1; i < elements.length; i++) {
      if (!inOrder(bound.order, elements[i - 1]!.value, elements[i]!.value)) return `${elements[i]!.path} breaks the ${bound.order} order`;
    }
  }
  if (bound.each) {
    const element = elementType(type);
    for (const item of element ? elements : []) {
      const violation = checkBound(bound.each, element!, item.value, item.path);
      if (violation) return violation;
    }
  }
  return null;
}

const NUMERIC = new Set<Type['kind']>(['int', 'float', 'bigint']);

function unwrap(type: Type): Type {
  return type.kind === 'nullable' ? unwrap(type.of) : type;
}

function sizeKind(type: Type): 'string' | 'array' | 'tree' | 'map' | null {
  if (type.kind === 'string') return 'string';
  if (type.kind === 'array' || type.kind === 'list') return 'array';
  if (type.kind === 'tree' || type.kind === 'map') return type.kind;
  return null;
}

function sizeOf(type: Type, value: unknown): number | null {
  switch (sizeKind(type)) {
    case 'string':
      return typeof value === 'string' ? [...value].length : null;
    case 'array':
      return Array.isArray(value) ? value.length : null;
    case 'tree':
      return Array.isArray(value) ? value.filter((node) => node !== null).length : null;
    case 'map':
      return typeof value === 'object' && value !== null ? Object.keys(value).length : null;
    default:
      return null;
  }
}

function elementType(type: Type): Type | null {
  if (type.kind === 'array' || type.kind === 'map') return type.of;
  if (type.kind === 'list' || type.kind === 'tree') return { kind: 'int' };
  return null;
}

function elementsOf(type: Type, value: unknown, path: string): { value: unknown; path: string }[] {
  if ((type.kind === 'array' || type.kind === 'list' || type.kind === 'tree') && Array.isArray(value)) {
    return value.map((item, i) => ({ value: item, path: `${path}[${i}]` })).filter((item) => type.kind !== 'tree' || item.value !== null);
  }
  if (type.kind === 'map' && typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => ({ value: item, path: `${path}.${key}` }));
  }
  return [];
}

function hasLeaf(type: Type, test: (leaf: Type) => boolean): boolean {
  if (type.kind === 'nullable' || type.kind === 'array' || type.kind === 'map' || type.kind === 'nested') return hasLeaf(type.of, test);
  if (type.kind === 'record') return type.fields.some((field) => hasLeaf(field.type, test));
  if (type.kind === 'tree' || type.kind === 'list') return test({ kind: 'int' });
  return test(type);
}

/** The first leaf (depth first, in order) that the test picks out, with its path. */
function findLeaf(type: Type, value: unknown, path: string, test: (leaf: Type, data: unknown) => boolean): { path: string; data: unknown } | null {
  if (type.kind === 'nullable') return value === null ? null : findLeaf(type.of, value, path, test);
  if (type.kind === 'nested') {
    if (!Array.isArray(value)) return findLeaf(type.of, value, path, test);
    // The case passed the type check, so the recursion is at most MAX_NESTING_DEPTH deep.
    for (let i = 0; i < value.length; i++) {
      const found = findLeaf(type, value[i], `${path}[${i}]`, test);
      if (found) return found;
    }
    return null;
  }
  if (type.kind === 'record' && typeof value === 'object' && value !== null) {
    for (const field of type.fields) {
      const found = findLeaf(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`, test);
      if (found) return found;
    }
    return null;
  }
  const element = elementType(type);
  if (element) {
    for (const item of elementsOf(type, value, path)) {
      const found = findLeaf(element, item.value, item.path, test);
      if (found) return found;
    }
    return null;
  }
  return test(type, value) ? { path, data: value } : null;
}

function numeric(data: unknown): number | bigint {
  return typeof data === 'string' ? BigInt(data) : (data as number);
}

function within(data: unknown, low: number | bigint, high: number | bigint): boolean {
  const n = numeric(data);
  return n >= low && n <= high;
}

function below(data: unknown, low: number | bigint): boolean {
  return numeric(data) < low;
}

function inOrder(order: NonNullable<BoundJson['order']>, a: unknown, b: unknown): boolean {
  const x = typeof a === 'string' && typeof b === 'string' ? a : numeric(a);
  const y = typeof a === 'string' && typeof b === 'string' ? b : numeric(b);
  switch (order) {
    case 'increasing':
      return x < y;
    case 'non-decreasing':
      return x <= y;
    case 'decreasing':
      return x > y;
    case 'non-increasing':
      return x >= y;
  }
}

/** `a-z0-9` as a test that a whole string uses only those characters, or null when it is not a valid class. */
function charClass(chars: string): RegExp | null {
  try {
    return new RegExp(`^[${chars}]*$`, 'u');
  } catch {
    return null;
  }
}
