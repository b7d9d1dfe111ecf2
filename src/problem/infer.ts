/**
 * Reading JSON without losing digits, and inferring kata types from sample values.
 *
 * JSON.parse turns 18446744073709551615 into 18446744073709552000 and 2.0 into 2,
 * so `parseExactJson` keeps what the text said: an integer literal beyond 2^53 becomes
 * a `BigLiteral` with its exact digits, a literal written with a fraction or an
 * exponent a `FloatLiteral`. `inferType` unifies the values of one slot (a parameter
 * or the answer) across cases; `toCaseData` turns a value back into plain case data;
 * `toIdentifier` makes a JavaScript name of a key.
 */
import { formatType, type Type } from './types.ts';
import { isPlainObject } from './values.ts';

/** An integer literal too large for a number, with its exact digits. */
export class BigLiteral {
  constructor(readonly digits: string) {}
}

/** A number written as a float (`2.0`, `1e3`, `0.5`): typed float even when its value is whole. */
export class FloatLiteral {
  constructor(readonly value: number) {}
}

/** JSON that does not parse, with the offset in the text where it goes wrong. */
export class JsonSyntaxError extends SyntaxError {
  constructor(
    readonly position: number,
    detail: string,
  ) {
    super(detail);
    this.name = 'JsonSyntaxError';
  }
}

const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const WORD = /true|false|null/y;

/** Parses JSON as JSON.parse does, except that big integers and float literals keep what the text said. */
export function parseExactJson(text: string): unknown {
  let at = 0;
  const unexpected = (): never => {
    throw new JsonSyntaxError(at, at >= text.length ? 'unexpected end of the text' : `unexpected ${JSON.stringify(text[at])}`);
  };
  const take = (pattern: RegExp): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) return unexpected();
    at = pattern.lastIndex;
    return match[0];
  };
  const skip = () => take(WHITESPACE);
  const list = <T>(close: string, item: () => T): T[] => {
    const items: T[] = [];
    at++;
    skip();
    if (text[at] === close) {
      at++;
      return items;
    }
    for (;;) {
      items.push(item());
      skip();
      if (text[at] !== ',' && text[at] !== close) unexpected();
      if (text[at++] === close) return items;
    }
  };
  const value = (): unknown => {
    skip();
    const head = text[at];
    if (head === '{') return Object.fromEntries(list('}', entry));
    if (head === '[') return list(']', value);
    if (head === '"') return JSON.parse(take(STRING)) as string;
    if (head === 't' || head === 'f' || head === 'n') return JSON.parse(take(WORD)) as unknown;
    return numberLiteral(take(NUMBER));
  };
  const entry = (): [string, unknown] => {
    skip();
    if (text[at] !== '"') unexpected();
    const key = JSON.parse(take(STRING)) as string;
    skip();
    if (text[at] !== ':') unexpected();
    at++;
    return [key, value()];
  };
  const result = value();
  skip();
  if (at !== text.length) unexpected();
  return result;
}

function numberLiteral(text: string): unknown {
  if (/[.eE]/.test(text)) return new FloatLiteral(Number(text));
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : new BigLiteral(text);
}

/** What the samples of a slot show so far; `unknown` until a value says more (only empty arrays). */
type Shape =
  | { kind: 'unknown' | 'null' | 'int' | 'float' | 'bigint' | 'string' | 'bool' }
  | { kind: 'nullable' | 'array' | 'map' | 'nested'; of: Shape }
  | { kind: 'record'; fields: { name: string; shape: Shape }[] };

const UNKNOWN: Shape = { kind: 'unknown' };
const FIELD_NAME = /^[A-Za-z_$][\w$]*$/;

/** Two shapes that cannot be one type. */
class ShapeClash extends Error {}

/** A slot whose values cannot share a type; the message names the slot and the cases. */
export class InferenceError extends Error {}

export interface Sample {
  value: unknown;
  /** How the case is named in messages, e.g. its description path. */
  source: string;
}

/**
 * The type of a slot from all its samples. Calls `warn` when part of the type is a
 * guess (only empty arrays or nulls seen); throws InferenceError on a clash, naming
 * the two cases and the values that disagree (never a half-inferred type).
 */
export function inferType(label: string, samples: readonly Sample[], warn: (message: string) => void): Type {
  const shapes: Shape[] = [];
  let shape = UNKNOWN;
  for (const sample of samples) {
    const own = attempt(() => shapeOf(sample.value), () => `${label}: case "${sample.source}" has ${previewValue(sample.value)}, whose parts cannot share one type`);
    const index = shapes.findIndex((earlier) => clashes(earlier, own));
    const other = samples[Math.max(index, 0)]!;
    shape = attempt(
      () => unify(shape, own),
      () => `${label}: case "${other.source}" has ${previewValue(other.value)} but case "${sample.source}" has ${previewValue(sample.value)}, which cannot share one type`,
    );
    shapes.push(own);
  }
  let guessed = false;
  const type = toType(shape, () => (guessed = true));
  if (guessed) warn(`${label}: no case shows every part of its values (only empty arrays, empty objects or nulls), so ${formatType(type)} is partly a guess; check it in problem.json`);
  return type;
}

const PREVIEW_LENGTH = 60;
const BIG_MARK = '\u2063bigint\u2063';

/** A value as the file wrote it (exact digits, float literals), cut short for a message. */
export function previewValue(value: unknown): string {
  // A big integer goes through JSON.stringify as a marked string, then loses its quotes: its digits stay exact.
  const replacer = (_key: string, item: unknown) => (item instanceof BigLiteral ? `${BIG_MARK}${item.digits}` : item instanceof FloatLiteral ? item.value : item);
  const exact = (JSON.stringify(value, replacer) ?? String(value)).replace(new RegExp(`"${BIG_MARK}(-?\\d+)"`, 'g'), '$1');
  return exact.length > PREVIEW_LENGTH ? `${exact.slice(0, PREVIEW_LENGTH - 1)}…` : exact;
}

function attempt(run: () => Shape, message: () => string): Shape {
  try {
    return run();
  } catch (error) {
    if (error instanceof ShapeClash) throw new InferenceError(message());
    throw error;
  }
}

function clashes(a: Shape, b: Shape): boolean {
  try {
    unify(a, b);
    return false;
  } catch (error) {
    if (error instanceof ShapeClash) return true;
    throw error;
  }
}

function shapeOf(value: unknown): Shape {
  if (value === null) return { kind: 'null' };
  if (value instanceof FloatLiteral) return { kind: 'float' };
  if (value instanceof BigLiteral) return { kind: 'bigint' };
  if (typeof value === 'boolean') return { kind: 'bool' };
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'number') return { kind: Number.isSafeInteger(value) ? 'int' : 'float' };
  if (Array.isArray(value)) return { kind: 'array', of: value.map(shapeOf).reduce((a, b) => unify(a, b, true), UNKNOWN) };
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([name]) => FIELD_NAME.test(name))) {
      return { kind: 'record', fields: entries.map(([name, item]) => ({ name, shape: shapeOf(item) })) };
    }
    return { kind: 'map', of: entries.map(([, item]) => shapeOf(item)).reduce((x, y) => unify(x, y), UNKNOWN) };
  }
  throw new ShapeClash(`a value JSON cannot hold: ${typeof value}`);
}

/**
 * One shape for two. `element` is set for the elements of one array: there, a value beside an array
 * of such values (`[1, [2, [3]]]`) is arrays nested to any depth. Elsewhere an int and an int[] clash.
 */
function unify(a: Shape, b: Shape, element = false): Shape {
  const shape = unifyOnce(a, b, element);
  // An element that is an array holding nested values is itself just a nested value: `nested<int>`, not `nested<int>[]`.
  return element && holdsNested(shape) ? { kind: 'nested', of: leafOf(shape) } : shape;
}

function holdsNested(shape: Shape): boolean {
  if (shape.kind === 'nullable') return holdsNested(shape.of);
  if (shape.kind !== 'array') return false;
  const reaches = (inner: Shape): boolean => inner.kind === 'nested' || ((inner.kind === 'array' || inner.kind === 'nullable') && reaches(inner.of));
  return reaches(shape.of);
}

function unifyOnce(a: Shape, b: Shape, element: boolean): Shape {
  if (a.kind === 'unknown') return b;
  if (b.kind === 'unknown') return a;
  if (a.kind === 'null' || a.kind === 'nullable' || b.kind === 'null' || b.kind === 'nullable') {
    return nullable(unify(withoutNull(a), withoutNull(b), element));
  }
  if (a.kind === b.kind && !('of' in a) && !('fields' in a)) return a;
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.size === 2 && kinds.has('int') && (kinds.has('float') || kinds.has('bigint'))) return a.kind === 'int' ? b : a;
  if (a.kind === 'array' && b.kind === 'array') return { kind: 'array', of: unify(a.of, b.of, true) };
  if (a.kind === 'nested' || b.kind === 'nested' || (element && (a.kind === 'array' || b.kind === 'array'))) {
    return { kind: 'nested', of: unify(leafOf(a), leafOf(b)) };
  }
  if ((a.kind === 'record' || a.kind === 'map') && (b.kind === 'record' || b.kind === 'map')) return unifyObjects(a, b);
  throw new ShapeClash();
}

function unifyObjects(a: Shape, b: Shape): Shape {
  if (a.kind === 'record' && b.kind === 'record' && sameNames(a.fields, b.fields)) {
    return { kind: 'record', fields: a.fields.map((field) => ({ name: field.name, shape: unify(field.shape, b.fields.find((other) => other.name === field.name)!.shape) })) };
  }
  return { kind: 'map', of: [...valueShapes(a), ...valueShapes(b)].reduce((x, y) => unify(x, y), UNKNOWN) };
}

function sameNames(a: { name: string }[], b: { name: string }[]): boolean {
  return a.length === b.length && a.every((field) => b.some((other) => other.name === field.name));
}

function valueShapes(shape: Shape): Shape[] {
  if (shape.kind === 'record') return shape.fields.map((field) => field.shape);
  return 'of' in shape ? [shape.of] : [];
}

/** What a nested value holds at the bottom, whatever its depth: `int` for `int[][]`. */
function leafOf(shape: Shape): Shape {
  if (shape.kind === 'array') return leafOf(shape.of);
  if (shape.kind === 'nested') return shape.of;
  if (shape.kind === 'nullable') return nullable(leafOf(shape.of));
  return shape;
}

function nullable(shape: Shape): Shape {
  if (shape.kind === 'unknown') return { kind: 'null' };
  // nested<T> | null would not let a null sit inside an inner array; nested<T | null> does, and holds the same outer values.
  if (shape.kind === 'nested') return { kind: 'nested', of: nullable(shape.of) };
  return shape.kind === 'null' || shape.kind === 'nullable' ? shape : { kind: 'nullable', of: shape };
}

function withoutNull(shape: Shape): Shape {
  if (shape.kind === 'null') return UNKNOWN;
  return shape.kind === 'nullable' ? shape.of : shape;
}

function toType(shape: Shape, guess: () => void): Type {
  switch (shape.kind) {
    case 'unknown':
      guess();
      return { kind: 'int' };
    case 'null':
      guess();
      return { kind: 'nullable', of: { kind: 'int' } };
    case 'nullable':
    case 'array':
    case 'nested':
      return { kind: shape.kind, of: toType(shape.of, guess) };
    case 'map':
      return { kind: 'map', key: 'string', of: toType(shape.of, guess) };
    case 'record':
      return { kind: 'record', fields: shape.fields.map((field) => ({ name: field.name, type: toType(field.shape, guess) })) };
    default:
      return { kind: shape.kind };
  }
}

/** A parsed value as case data of the given type: exact digits for bigints, plain numbers for float literals. */
export function toCaseData(type: Type, value: unknown): unknown {
  if (value === null) return null;
  if (type.kind === 'nullable') return toCaseData(type.of, value);
  if (type.kind === 'nested' && !Array.isArray(value)) return toCaseData(type.of, value);
  if (value instanceof FloatLiteral) return value.value;
  if (value instanceof BigLiteral) return value.digits;
  if (type.kind === 'bigint' && typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => toCaseData(type.kind === 'array' ? type.of : type, item));
  if (isPlainObject(value)) {
    const fieldType = (name: string): Type => (type.kind === 'map' ? type.of : type.kind === 'record' ? (type.fields.find((field) => field.name === name)?.type ?? type) : type);
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, toCaseData(fieldType(name), item)]));
  }
  return value;
}

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval').split(' '),
);

/** A JavaScript parameter or function name for a key of the data: `first-word` -> `firstWord`, `class` -> `class_`. */
export function toIdentifier(name: string): string {
  let identifier = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_whole, next: string | undefined) => (next === undefined ? '' : next.toUpperCase()));
  if (!/^[A-Za-z_$]/.test(identifier)) identifier = `_${identifier}`;
  return RESERVED.has(identifier) ? `${identifier}_` : identifier;
}
