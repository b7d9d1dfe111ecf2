/**
 * The type language of problem signatures.
 *
 *   int  float  string  bool  char  bigint  TreeNode  ListNode
 *   T[]   T | null   (T)   {name: T, other: U}   map<string, T>   map<int, T>   nested<T>
 *
 * `nested<T>` is a T or an array of nested<T>, to any depth (`[1, [2, [3]]]`); T
 * itself must not be an array (or a list or a tree, which are arrays in JSON), so
 * that every array in the data is unambiguously a level of nesting.
 * Case files hold plain JSON; a type says how to read it. `TreeNode` is a
 * level-order array with nulls (LeetCode's format), `ListNode` a plain array;
 * both may be empty, meaning no node at all. A `bigint` is a string of digits
 * (or a safe integer), a `map` a JSON object, a record an object with exactly
 * its fields. This module imports nothing: the sandbox loads it too.
 */
export type Type =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'char' }
  | { kind: 'bigint' }
  | { kind: 'tree' }
  | { kind: 'list' }
  | { kind: 'array'; of: Type }
  | { kind: 'nullable'; of: Type }
  | { kind: 'record'; fields: { name: string; type: Type }[] }
  | { kind: 'map'; key: 'string' | 'int'; of: Type }
  | { kind: 'nested'; of: Type };

/**
 * How deep a `nested<T>` value may go. Checking a value walks it without recursion, and
 * everything after the check (comparing, sorting, converting) recurses at most this deep,
 * so a hostile answer nested a million levels is "too deep", not a stack overflow.
 */
export const MAX_NESTING_DEPTH = 1000;

/** The TypeScript declaration a signature with `nested<T>` needs beside it. */
export const NESTED_DECLARATION = 'type Nested<T> = T | Nested<T>[];';

export class TypeSyntaxError extends Error {
  constructor(
    readonly source: string,
    readonly position: number,
    detail: string,
  ) {
    super(`${detail} at position ${position + 1} of "${source}"`);
    this.name = 'TypeSyntaxError';
  }
}

const NAMED: Record<string, Type> = {
  int: { kind: 'int' },
  float: { kind: 'float' },
  string: { kind: 'string' },
  bool: { kind: 'bool' },
  char: { kind: 'char' },
  bigint: { kind: 'bigint' },
  TreeNode: { kind: 'tree' },
  ListNode: { kind: 'list' },
};

const TYPE_NAMES = [...Object.keys(NAMED), 'map<K, V>', 'nested<T>', '{field: T}'];

/** Parses a type written in the type language; throws TypeSyntaxError. */
export function parseType(source: string): Type {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at]?.text;
  const fail = (detail: string): never => {
    throw new TypeSyntaxError(source, tokens[at]?.position ?? source.length, detail);
  };
  const expect = (text: string) => {
    if (peek() !== text) fail(`expected "${text}"`);
    at++;
  };

  function union(): Type {
    const first = postfix();
    if (peek() !== '|') return first;
    at++;
    if (peek() !== 'null') fail('a union must be "T | null"');
    at++;
    if (peek() === '|') fail('a union must be "T | null"');
    return first.kind === 'nullable' ? first : { kind: 'nullable', of: first };
  }

  function postfix(): Type {
    let type = primary();
    while (peek() === '[') {
      at++;
      expect(']');
      type = { kind: 'array', of: type };
    }
    return type;
  }

  function primary(): Type {
    const token = peek();
    if (token === undefined) return fail('expected a type');
    if (token === '(') {
      at++;
      const inner = union();
      expect(')');
      return inner;
    }
    if (token === '{') return record();
    if (token === 'map') return map();
    if (token === 'nested') return nested();
    const named = NAMED[token];
    if (!named) return fail(`unknown type "${token}" (known: ${TYPE_NAMES.join(', ')})`);
    at++;
    return named;
  }

  function record(): Type {
    expect('{');
    const fields: { name: string; type: Type }[] = [];
    while (peek() !== '}') {
      const name = peek();
      if (name === undefined || !/^[A-Za-z_$][\w$]*$/.test(name) || name === '__proto__') fail('expected a field name');
      if (fields.some((field) => field.name === name)) fail(`duplicate field "${name}"`);
      at++;
      expect(':');
      fields.push({ name: name!, type: union() });
      if (peek() === ',') at++;
      else if (peek() !== '}') fail('expected "," or "}"');
    }
    at++;
    if (fields.length === 0) fail('a record needs at least one field');
    return { kind: 'record', fields };
  }

  function map(): Type {
    at++;
    expect('<');
    const key = peek();
    if (key !== 'string' && key !== 'int') fail('a map key must be string or int');
    at++;
    expect(',');
    const of = union();
    expect('>');
    return { kind: 'map', key: key as 'string' | 'int', of };
  }

  function nested(): Type {
    const start = at;
    at++;
    expect('<');
    const of = union();
    expect('>');
    if (holdsArrays(of)) {
      throw new TypeSyntaxError(source, tokens[start]!.position, `nested<T> needs a T whose values are not arrays, not ${formatType(of)} (nested<int> already holds int[], int[][] and so on)`);
    }
    return { kind: 'nested', of };
  }

  const type = union();
  if (at < tokens.length) fail(`unexpected "${peek()}"`);
  return type;
}

interface Token {
  text: string;
  position: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*([A-Za-z_$][\w$]*|\S)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    const text = match[1]!;
    tokens.push({ text, position: match.index + match[0].length - text.length });
  }
  return tokens;
}

/** Whether values of this type can be JSON arrays: then they could not be told apart from a level of nesting. */
function holdsArrays(type: Type): boolean {
  if (type.kind === 'nullable') return holdsArrays(type.of);
  return type.kind === 'array' || type.kind === 'list' || type.kind === 'tree' || type.kind === 'nested';
}

/** The type as written in the type language. */
export function formatType(type: Type): string {
  switch (type.kind) {
    case 'tree':
      return 'TreeNode';
    case 'list':
      return 'ListNode';
    case 'array': {
      const inner = formatType(type.of);
      return type.of.kind === 'nullable' ? `(${inner})[]` : `${inner}[]`;
    }
    case 'nullable':
      return `${formatType(type.of)} | null`;
    case 'record':
      return `{${type.fields.map((field) => `${field.name}: ${formatType(field.type)}`).join(', ')}}`;
    case 'map':
      return `map<${type.key}, ${formatType(type.of)}>`;
    case 'nested':
      return `nested<${formatType(type.of)}>`;
    default:
      return type.kind;
  }
}

/** The TypeScript type a solver sees for a value of this type. */
export function toTypeScript(type: Type): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'string':
    case 'char':
      return 'string';
    case 'bigint':
      return 'bigint';
    case 'tree':
      return 'TreeNode | null';
    case 'list':
      return 'ListNode | null';
    case 'array': {
      const inner = toTypeScript(type.of);
      // Only a union at the top needs parentheses: `Nested<number | null>[]` does not.
      return inner.includes('|') && type.of.kind !== 'nested' ? `(${inner})[]` : `${inner}[]`;
    }
    case 'nullable': {
      const inner = toTypeScript(type.of);
      return inner.endsWith('| null') ? inner : `${inner} | null`;
    }
    case 'record':
      return `{ ${type.fields.map((field) => `${field.name}: ${toTypeScript(field.type)}`).join('; ')} }`;
    case 'map':
      return `Map<${type.key === 'int' ? 'number' : 'string'}, ${toTypeScript(type.of)}>`;
    case 'nested':
      return `Nested<${toTypeScript(type.of)}>`;
  }
}

/** The types directly inside this one. */
export function innerTypes(type: Type): Type[] {
  if (type.kind === 'array' || type.kind === 'nullable' || type.kind === 'map' || type.kind === 'nested') return [type.of];
  if (type.kind === 'record') return type.fields.map((field) => field.type);
  return [];
}

/** Names of the structure classes a type needs imported. */
export function structuresUsed(type: Type, into = new Set<string>()): Set<string> {
  if (type.kind === 'tree') into.add('TreeNode');
  if (type.kind === 'list') into.add('ListNode');
  for (const inner of innerTypes(type)) structuresUsed(inner, into);
  return into;
}

/** Whether a type uses `nested<T>` anywhere, so that its TypeScript needs NESTED_DECLARATION. */
export function usesNested(type: Type): boolean {
  return type.kind === 'nested' || innerTypes(type).some(usesNested);
}

/** Whether the sandbox must convert values of this type (nodes, maps, bigints) rather than pass them as they are. */
export function needsConversion(type: Type): boolean {
  if (type.kind === 'tree' || type.kind === 'list' || type.kind === 'map' || type.kind === 'bigint') return true;
  return innerTypes(type).some(needsConversion);
}
