/**
 * The type language of problem signatures.
 *
 *   int | float | string | bool | TreeNode | ListNode | T[] | T | null | (T)
 *
 * Case files hold plain JSON; a type says how to read it. `TreeNode` is a
 * level-order array with nulls (LeetCode's format), `ListNode` a plain array;
 * both may be empty, meaning no node at all.
 */
export type Type =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'string' }
  | { kind: 'bool' }
  | { kind: 'tree' }
  | { kind: 'list' }
  | { kind: 'array'; of: Type }
  | { kind: 'nullable'; of: Type };

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
  TreeNode: { kind: 'tree' },
  ListNode: { kind: 'list' },
};

export const TYPE_NAMES = Object.keys(NAMED);

/** Parses a type written in the type language; throws TypeSyntaxError. */
export function parseType(source: string): Type {
  const tokens = tokenize(source);
  let at = 0;
  const peek = () => tokens[at];
  const fail = (detail: string): never => {
    throw new TypeSyntaxError(source, peek()?.position ?? source.length, detail);
  };

  function union(): Type {
    const first = postfix();
    const members = [first];
    while (peek()?.text === '|') {
      at++;
      members.push(peek()?.text === 'null' ? (at++, NULL_MARK) : postfix());
    }
    if (members.length === 1) return first;
    const nonNull = members.filter((member) => member !== NULL_MARK);
    if (nonNull.length !== 1 || members.length !== 2) {
      fail('a union must be "T | null"');
    }
    return { kind: 'nullable', of: nonNull[0]! };
  }

  function postfix(): Type {
    let type = primary();
    while (peek()?.text === '[') {
      at++;
      if (peek()?.text !== ']') fail('expected "]"');
      at++;
      type = { kind: 'array', of: type };
    }
    return type;
  }

  function primary(): Type {
    const token = peek();
    if (!token) return fail('expected a type');
    if (token.text === '(') {
      at++;
      const inner = union();
      if (peek()?.text !== ')') fail('expected ")"');
      at++;
      return inner;
    }
    const named = NAMED[token.text];
    if (!named) fail(`unknown type "${token.text}" (known: ${TYPE_NAMES.join(', ')})`);
    at++;
    return named!;
  }

  const type = union();
  if (at < tokens.length) fail(`unexpected "${peek()!.text}"`);
  return type;
}

const NULL_MARK: Type = { kind: 'int' };

interface Token {
  text: string;
  position: number;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*([A-Za-z_][A-Za-z0-9_]*|\[|\]|\||\(|\)|\S)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(source)) !== null) {
    const text = match[1]!;
    tokens.push({ text, position: match.index + match[0].length - text.length });
  }
  return tokens;
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
      return 'string';
    case 'tree':
      return 'TreeNode | null';
    case 'list':
      return 'ListNode | null';
    case 'array': {
      const inner = toTypeScript(type.of);
      return inner.includes('|') ? `(${inner})[]` : `${inner}[]`;
    }
    case 'nullable': {
      const inner = toTypeScript(type.of);
      return inner.endsWith('| null') ? inner : `${inner} | null`;
    }
  }
}

/** Names of the structure classes a type needs imported. */
export function structuresUsed(type: Type, into = new Set<string>()): Set<string> {
  if (type.kind === 'tree') into.add('TreeNode');
  if (type.kind === 'list') into.add('ListNode');
  if (type.kind === 'array' || type.kind === 'nullable') structuresUsed(type.of, into);
  return into;
}

/**
 * Checks that a JSON value has the given type. Returns a description of the
 * first mismatch, with its path (e.g. `[2][0]: expected int, got 1.5`), or null.
 * Depth follows the type, not the value, so cyclic values cannot recurse forever.
 */
export function checkValue(type: Type, value: unknown, path = ''): string | null {
  const where = path === '' ? '' : `${path}: `;
  const mismatch = () => `${where}expected ${formatType(type)}, got ${describeValue(value)}`;
  switch (type.kind) {
    case 'int':
      return Number.isSafeInteger(value) ? null : mismatch();
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : mismatch();
    case 'string':
      return typeof value === 'string' ? null : mismatch();
    case 'bool':
      return typeof value === 'boolean' ? null : mismatch();
    case 'nullable':
      return value === null ? null : checkValue(type.of, value, path);
    case 'tree':
      return checkTree(value, path) ?? null;
    case 'list':
      return checkElements({ kind: 'int' }, value, path, mismatch);
    case 'array':
      return checkElements(type.of, value, path, mismatch);
  }
}

function checkElements(of: Type, value: unknown, path: string, mismatch: () => string): string | null {
  if (!Array.isArray(value)) return mismatch();
  for (let i = 0; i < value.length; i++) {
    const problem = checkValue(of, value[i], `${path}[${i}]`);
    if (problem) return problem;
  }
  return null;
}

function checkTree(value: unknown, path: string): string | null {
  if (value === null) return null;
  const where = path === '' ? '' : `${path}: `;
  if (!Array.isArray(value)) return `${where}expected TreeNode (a level-order array), got ${describeValue(value)}`;
  if (value.length > 0 && value[0] === null) return `${where}a tree's level-order array cannot start with null`;
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== null && !Number.isSafeInteger(value[i])) {
      return `${where}[${i}]: expected int or null, got ${describeValue(value[i])}`;
    }
  }
  return null;
}

/**
 * A short description of a value's kind. It never includes the value itself: a message
 * about a hidden case must not echo data that a solution derived from the hidden input.
 */
export function describeValue(value: unknown): string {
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
