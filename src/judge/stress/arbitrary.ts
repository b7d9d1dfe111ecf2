/**
 * Inputs derived from a signature's types, as fast-check arbitraries: what `kata stress` generates for a
 * problem without generator.ts, and what it shrinks any failing input with (a generator's too).
 *
 * Two modes. `generate` keeps inputs small (short arrays and strings, ints in [-10, 10], a four-letter
 * alphabet), since small inputs find most bugs and read best; the package's `bounds` replace these
 * defaults where given. `shrink` describes any input of the types (whole safe-int range, unbounded
 * lengths, the characters the input already holds), so that fast-check can shrink a value it did not
 * generate, such as a generator's. Every mapping has an inverse (an "unmapper"), which fast-check needs
 * to shrink without the context of a generation.
 */
import * as fc from 'fast-check';
import { CALLS_KEY, type Bounds } from '../../problem/bounds.ts';
import { boundEnd, type BoundJson } from '../../problem/schema.ts';
import type { Param, Signature } from '../../problem/signature.ts';
import type { Type } from '../../problem/types.ts';
import { isPlainObject } from '../../problem/values.ts';

export interface ArbitraryOptions {
  mode: 'generate' | 'shrink';
  /** The longest array, string, list or map generated (before bounds); ignored when shrinking. */
  maxLength?: number;
  /** Characters strings are made of when no bound says; in shrink mode, add the characters the input holds. */
  alphabet?: string;
}

export const DERIVED_MAX_LENGTH = 8;
const DEFAULT_ALPHABET = 'abcd';
const SMALL_INT: readonly [number, number] = [-10, 10];
const SMALL_FLOAT: readonly [number, number] = [-100, 100];
const SMALL_BIGINT: readonly [bigint, bigint] = [-(10n ** 20n), 10n ** 20n];
/** Floats are generated in steps of 1/16: exact in binary, short to print, and enough to tell answers apart. */
const FLOAT_STEPS = 16;
const UNBOUNDED = 1_000_000;
/** Characters tried against a bound's character class, to find its alphabet. */
const CANDIDATE_CHARS = [...range(0x20, 0x7e), ...range(0xa0, 0x24f)].map((code) => String.fromCodePoint(code));

type Input = Record<string, unknown>;
type Range = readonly [number | bigint, number | bigint];

/** What the bounds of enclosing values pass down: `value` and `chars` apply at any depth. */
interface Inherited {
  value?: Range | undefined;
  chars?: string | undefined;
}

interface Settings {
  shrinking: boolean;
  maxLength: number;
  alphabet: string;
}

/** The inputs of one case: every parameter, or a class's operations and arguments. */
export function inputArbitrary(signature: Signature, bounds: Bounds, options: ArbitraryOptions): fc.Arbitrary<Input> {
  const settings: Settings = {
    shrinking: options.mode === 'shrink',
    maxLength: options.mode === 'shrink' ? UNBOUNDED : (options.maxLength ?? DERIVED_MAX_LENGTH),
    alphabet: options.alphabet ?? DEFAULT_ALPHABET,
  };
  if (signature.kind === 'class') return classArbitrary(signature, bounds, settings);
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const param of signature.params) {
    // A node given by value is drawn as an index into its tree's values (see withNodes).
    fields[param.name] = param.nodeOf !== undefined ? fc.nat({ max: settings.shrinking ? UNBOUNDED : 63 }) : typeArbitrary(param.type, bounds[param.name], {}, settings);
  }
  const record = withParallelArrays(fields, signature.params, bounds, settings);
  return signature.params.some((param) => param.nodeOf !== undefined) ? withNodes(record, signature.params) : record;
}

/**
 * Arrays given side by side (weights and values, or start and end times) must often have one length, a rule
 * that only validator.ts says. So most inputs draw them as one array of tuples, which keeps the lengths equal
 * while fast-check shrinks; the rest draw each array alone, for the problems whose arrays are independent.
 */
function withParallelArrays(fields: Record<string, fc.Arbitrary<unknown>>, params: readonly Param[], bounds: Bounds, settings: Settings): fc.Arbitrary<Input> {
  const independent = fc.record(fields) as fc.Arbitrary<Input>;
  const arrays = params.filter((param) => param.type.kind === 'array' || param.type.kind === 'list');
  // Arrays with a distinct or order bound draw alone: rows of tuples cannot promise those.
  if (arrays.length < 2 || arrays.some((param) => bounds[param.name]?.distinct || bounds[param.name]?.order)) return independent;
  const others = params.filter((param) => !arrays.includes(param));
  const element = (param: Param) => {
    const bound = bounds[param.name];
    const here: Inherited = { value: bound?.value ? (bound.value.map(boundEnd) as unknown as Range) : undefined, chars: bound?.chars };
    return typeArbitrary(param.type.kind === 'array' ? param.type.of : { kind: 'int' }, bound?.each, here, settings);
  };
  const ranges = arrays.map((param) => lengths(bounds[param.name], settings));
  const minLength = Math.max(...ranges.map(([low]) => low));
  const maxLength = Math.max(minLength, Math.min(...ranges.map(([, high]) => high)));
  const rows = fc.array(fc.tuple(...arrays.map(element)), { minLength, maxLength });
  const rest = Object.fromEntries(others.map((param) => [param.name, fields[param.name]!]));
  const zipped = fc.tuple(rows, fc.record(rest)).map(
    ([table, fields]): Input => {
      // In the signature's order, as the inputs are shown.
      return Object.fromEntries(params.map((param) => {
        const column = arrays.indexOf(param);
        return [param.name, column === -1 ? fields[param.name] : table.map((row) => row[column])];
      }));
    },
    (value): [unknown[][], Record<string, unknown>] => {
      if (!isPlainObject(value)) throw new Error('not an input');
      const columns = arrays.map((param) => value[param.name]);
      if (!columns.every(Array.isArray) || new Set(columns.map((column) => (column as unknown[]).length)).size !== 1) throw new Error('not parallel arrays');
      const table = (columns[0] as unknown[]).map((_, row) => columns.map((column) => (column as unknown[])[row]));
      const fields: Record<string, unknown> = {};
      for (const param of others) fields[param.name] = value[param.name];
      return [table, fields];
    },
  );
  return fc.oneof({ arbitrary: zipped, weight: 3 }, { arbitrary: independent, weight: 1 });
}

/** The characters of every string in an input, for shrinking it within its own alphabet. */
export function charactersOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const char of value) into.add(char);
  else if (Array.isArray(value)) for (const item of value) charactersOf(item, into);
  else if (isPlainObject(value)) for (const item of Object.values(value)) charactersOf(item, into);
  return into;
}

function classArbitrary(signature: Extract<Signature, { kind: 'class' }>, bounds: Bounds, settings: Settings): fc.Arbitrary<Input> {
  const argumentsOf = (params: readonly Param[], owner: string) => fc.tuple(...params.map((param) => typeArbitrary(param.type, bounds[`${owner}.${param.name}`], {}, settings)));
  const call = fc.oneof(...signature.methods.map((method) => fc.tuple(fc.constant(method.name), argumentsOf(method.params, method.name))));
  // A sequence of calls is worth longer than an array: most bugs of a design problem need a few steps to show.
  const [minLength, maxLength] = lengths(bounds[CALLS_KEY], { ...settings, maxLength: settings.maxLength * 2 });
  const calls = fc.array(call, { minLength, maxLength });
  return fc.tuple(argumentsOf(signature.constructorParams, 'constructor'), calls).map(
    ([made, steps]): Input => ({ operations: [signature.className, ...steps.map(([name]) => name)], arguments: [made, ...steps.map(([, args]) => args)] }),
    (value) => {
      if (!isPlainObject(value) || !Array.isArray(value.operations) || !Array.isArray(value.arguments)) throw new Error('not a class input');
      const [made = [], ...rest] = value.arguments as unknown[][];
      return [made, (value.operations as string[]).slice(1).map((name, i): [string, unknown[]] => [name, rest[i] ?? []])];
    },
  );
}

function typeArbitrary(type: Type, bound: BoundJson | undefined, inherited: Inherited, settings: Settings): fc.Arbitrary<unknown> {
  const here: Inherited = { value: bound?.value ? (bound.value.map(boundEnd) as unknown as Range) : inherited.value, chars: bound?.chars ?? inherited.chars };
  switch (type.kind) {
    case 'nullable':
      return fc.option(typeArbitrary(type.of, bound, inherited, settings), { nil: null, freq: 5 });
    case 'int':
      return intArbitrary(here.value, settings);
    case 'float':
      return floatArbitrary(here.value, settings);
    case 'bigint':
      return bigintArbitrary(here.value, settings);
    case 'bool':
      return fc.boolean();
    case 'char':
      return charArbitrary(here.chars, settings);
    case 'string': {
      const [minLength, maxLength] = lengths(bound, settings);
      return fc.string({ unit: charArbitrary(here.chars, settings), minLength, maxLength });
    }
    case 'array':
    case 'list':
      return arrayArbitrary(type.kind === 'list' ? { kind: 'int' } : type.of, bound, here, settings);
    case 'tree':
      return treeArbitrary(bound, here, settings);
    case 'record': {
      const fields: Record<string, fc.Arbitrary<unknown>> = {};
      for (const field of type.fields) fields[field.name] = typeArbitrary(field.type, undefined, here, settings);
      return fc.record(fields);
    }
    case 'nested': {
      // A T, or a short array of these: nesting kept shallow, as the small inputs stress looks for.
      const leaf = typeArbitrary(type.of, undefined, here, settings);
      return fc.letrec<{ node: unknown }>((tie) => ({ node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 4 })) })).node;
    }
    case 'map': {
      const [minKeys, maxKeys] = lengths(bound, settings);
      const keys = type.key === 'int' ? intArbitrary(undefined, settings).map(String, (key) => integerKey(key)) : fc.string({ unit: charArbitrary(undefined, settings), minLength: 1, maxLength: settings.shrinking ? UNBOUNDED : 3 });
      return fc.dictionary(keys, typeArbitrary(type.of, bound?.each, here, settings), { minKeys, maxKeys });
    }
  }
}

function arrayArbitrary(of: Type, bound: BoundJson | undefined, inherited: Inherited, settings: Settings): fc.Arbitrary<unknown[]> {
  const [minLength, maxLength] = lengths(bound, settings);
  const element = typeArbitrary(of, bound?.each, inherited, settings);
  const strict = bound?.order === 'increasing' || bound?.order === 'decreasing';
  const array = bound?.distinct || strict ? fc.uniqueArray(element, { minLength, maxLength, selector: (item) => JSON.stringify(item) }) : fc.array(element, { minLength, maxLength });
  if (!bound?.order) return array;
  const descending = bound.order === 'decreasing' || bound.order === 'non-increasing';
  // Sorting maps any array to an ordered one; an ordered array is its own preimage.
  return array.map((items) => [...items].sort((a, b) => (descending ? -1 : 1) * compareLeaves(a, b)), asArray);
}

/** A level-order array with nulls, as the judge reads trees: drawn as a root and the entries after it. */
function treeArbitrary(bound: BoundJson | undefined, inherited: Inherited, settings: Settings): fc.Arbitrary<(number | null)[]> {
  const [minLength, maxLength] = lengths(bound, settings);
  const [low, high] = intRange(bound?.each?.value ? (bound.each.value.map(boundEnd) as unknown as Range) : inherited.value, settings);
  const value = fc.integer({ min: low, max: high });
  const rest = fc.array(fc.option(value, { nil: null, freq: 3 }), { maxLength: settings.shrinking ? UNBOUNDED : 2 * maxLength });
  const shape = { maxNodes: maxLength, ...(bound?.distinct && { distinctWithin: [low, high] as const }) };
  const nonEmpty = fc.tuple(value, rest).map(
    ([root, others]) => canonicalTree([root, ...others], shape),
    (tree) => {
      const entries = asArray(tree);
      if (entries.length === 0 || entries[0] === null) throw new Error('not a non-empty tree');
      return [entries[0]!, entries.slice(1)];
    },
  );
  const empty: fc.Arbitrary<(number | null)[]> = fc.constant([]);
  return minLength > 0 ? nonEmpty : fc.oneof({ arbitrary: nonEmpty, weight: 5 }, { arbitrary: empty, weight: 1 });
}

/**
 * Keeps only the entries that become nodes (or the nulls between them), as LeetCode's level order does, at
 * most `maxNodes` nodes, and with `distinctWithin` makes repeated values distinct by moving each to the next unused one.
 */
export function canonicalTree(entries: readonly (number | null)[], shape: { maxNodes?: number; distinctWithin?: readonly [number, number] } = {}): (number | null)[] {
  const { maxNodes = Infinity, distinctWithin } = shape;
  if (entries.length === 0 || entries[0] === null || maxNodes < 1) return [];
  const out: (number | null)[] = [entries[0]!];
  let nodes = 1;
  let parents = 1;
  let i = 1;
  while (i < entries.length && parents > 0 && nodes < maxNodes) {
    for (let side = 0; side < 2 && i < entries.length && nodes < maxNodes; side++) {
      const entry = entries[i++]!;
      out.push(entry);
      if (entry !== null) {
        parents++;
        nodes++;
      }
    }
    parents--;
  }
  while (out[out.length - 1] === null) out.pop();
  if (!distinctWithin) return out;
  const [low, high] = distinctWithin;
  const used = new Set<number>();
  return out.map((entry) => {
    if (entry === null) return null;
    let value = entry;
    // Up to the next unused value, wrapping within the range; with more nodes than values, a repeat stays (and is discarded).
    for (let tries = 0; used.has(value) && tries <= high - low; tries++) value = value >= high ? low : value + 1;
    used.add(value);
    return value;
  });
}

/** A node given by value: an index into the values of its tree, mapped to the value (and back, for shrinking). */
function withNodes(record: fc.Arbitrary<Input>, params: readonly Param[]): fc.Arbitrary<Input> {
  const nodeParams = params.filter((param) => param.nodeOf !== undefined);
  const treeValues = (input: Input, param: Param): number[] => (Array.isArray(input[param.nodeOf!]) ? (input[param.nodeOf!] as (number | null)[]).filter((v) => v !== null) : []);
  return record.map(
    (input) => {
      const out = { ...input };
      for (const param of nodeParams) {
        const values = treeValues(input, param);
        // An empty tree has no node to give: the input is left invalid, and the type check discards it.
        if (values.length > 0) out[param.name] = values[(input[param.name] as number) % values.length];
      }
      return out;
    },
    (value) => {
      if (!isPlainObject(value)) throw new Error('not an input');
      const out = { ...value };
      for (const param of nodeParams) {
        const index = treeValues(value, param).indexOf(value[param.name] as number);
        if (index === -1) throw new Error(`${param.name} is not a node of ${param.nodeOf}`);
        out[param.name] = index;
      }
      return out;
    },
  );
}

function intArbitrary(bounded: Range | undefined, settings: Settings): fc.Arbitrary<number> {
  const [min, max] = intRange(bounded, settings);
  return fc.integer({ min, max });
}

function intRange(bounded: Range | undefined, settings: Settings): [number, number] {
  const [low, high] = bounded ? bounded.map(Number) : settings.shrinking ? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] : SMALL_INT;
  return [Math.max(Math.ceil(low!), Number.MIN_SAFE_INTEGER), Math.min(Math.floor(high!), Number.MAX_SAFE_INTEGER)];
}

function floatArbitrary(bounded: Range | undefined, settings: Settings): fc.Arbitrary<number> {
  const [low, high] = (bounded ?? (settings.shrinking ? [-Number.MAX_VALUE, Number.MAX_VALUE] : SMALL_FLOAT)).map(Number) as [number, number];
  const steps = [Math.ceil(low * FLOAT_STEPS), Math.floor(high * FLOAT_STEPS)] as const;
  if (settings.shrinking || steps[1] - steps[0] < FLOAT_STEPS || !steps.every(Number.isSafeInteger)) {
    return fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true });
  }
  return fc.integer({ min: steps[0], max: steps[1] }).map(
    (step) => step / FLOAT_STEPS,
    (value) => {
      const step = (value as number) * FLOAT_STEPS;
      if (!Number.isSafeInteger(step)) throw new Error('not a generated float');
      return step;
    },
  );
}

/** A bigint is written as a string of digits. */
function bigintArbitrary(bounded: Range | undefined, settings: Settings): fc.Arbitrary<string> {
  const wide = settings.shrinking ? [-(10n ** 4000n), 10n ** 4000n] : SMALL_BIGINT;
  const [low, high] = (bounded ?? wide).map((end) => BigInt(end)) as [bigint, bigint];
  return fc.bigInt({ min: low, max: high }).map(String, (value) => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value as number);
    if (typeof value !== 'string' || !/^-?\d+$/.test(value)) throw new Error('not a bigint');
    return BigInt(value);
  });
}

function charArbitrary(chars: string | undefined, settings: Settings): fc.Arbitrary<string> {
  const alphabet = chars === undefined ? [...new Set(settings.alphabet)] : alphabetOf(chars);
  // A class no candidate matches still gives a char: the input then breaks the bound and is discarded.
  return fc.constantFrom(...(alphabet.length > 0 ? alphabet : [...DEFAULT_ALPHABET]));
}

/** The characters of a bound's class such as "a-z0-9", among printable ASCII and Latin letters. */
export function alphabetOf(chars: string): string[] {
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^[${chars}]$`, 'u');
  } catch {
    return [];
  }
  return CANDIDATE_CHARS.filter((char) => pattern.test(char));
}

/** [minimum, maximum] length: the bound's, with the maximum cut down to the mode's. */
function lengths(bound: BoundJson | undefined, settings: Settings): [number, number] {
  const [low, high] = bound?.length ?? [0, Infinity];
  return [low, Math.max(low, Math.min(high, settings.maxLength))];
}

function integerKey(key: unknown): number {
  if (typeof key !== 'string' || !/^-?\d+$/.test(key)) throw new Error('not an int key');
  return Number(key);
}

function asArray(value: unknown): (number | null)[] {
  if (!Array.isArray(value)) throw new Error('not an array');
  return value as (number | null)[];
}

function compareLeaves(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const [x, y] = [typeof a === 'string' ? BigInt(a) : (a as number), typeof b === 'string' ? BigInt(b) : (b as number)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
