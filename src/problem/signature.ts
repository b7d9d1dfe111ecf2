/** A problem's signature with its types parsed, and the TypeScript a solver sees. */
import type { ClassSignatureJson, FunctionSignatureJson, SignatureJson } from './schema.ts';
import { NESTED_DECLARATION, parseType, structuresUsed, toTypeScript, usesNested, type Type } from './types.ts';

export interface Param {
  name: string;
  type: Type;
  /** Given by value; the solution gets the node of this tree parameter that holds it. */
  nodeOf?: string;
  /** A case may leave it out; the solution is then called without it. */
  optional?: boolean;
}

export interface FunctionSignature {
  kind: 'function';
  functionName: string;
  params: Param[];
  /** null for a void function. */
  returns: Type | null;
  /** For a void function: the parameter judged after the call. */
  output?: string;
  /** The answer must be a node of this tree parameter; it is judged as that node's value. */
  returnsNodeOf?: string;
}

export interface Method {
  name: string;
  params: Param[];
  /** null for a void method, whose result is recorded as null. */
  returns: Type | null;
}

/** A design problem: a case is a sequence of calls on one instance. */
export interface ClassSignature {
  kind: 'class';
  className: string;
  constructorParams: Param[];
  methods: Method[];
}

export type Signature = FunctionSignature | ClassSignature;

const INT: Type = { kind: 'int' };

export function parseSignature(json: SignatureJson): Signature {
  return 'class' in json ? parseClass(json) : parseFunction(json);
}

function parseParams(params: readonly { name: string; type: string; nodeOf?: string | undefined; optional?: boolean | undefined }[]): Param[] {
  return params.map((param) => ({
    name: param.name,
    type: parseType(param.type),
    ...(param.nodeOf !== undefined && { nodeOf: param.nodeOf }),
    ...(param.optional === true && { optional: true }),
  }));
}

function parseFunction(json: FunctionSignatureJson): FunctionSignature {
  const signature: FunctionSignature = {
    kind: 'function',
    functionName: json.function,
    params: parseParams(json.params),
    returns: json.returns.type === 'void' ? null : parseType(json.returns.type),
  };
  if (json.returns.output !== undefined) signature.output = json.returns.output;
  if (json.returns.nodeOf !== undefined) signature.returnsNodeOf = json.returns.nodeOf;
  return signature;
}

function parseClass(json: ClassSignatureJson): ClassSignature {
  return {
    kind: 'class',
    className: json.class,
    constructorParams: parseParams(json.constructor),
    methods: json.methods.map((method) => ({
      name: method.name,
      params: parseParams(method.params),
      returns: method.returns.type === 'void' ? null : parseType(method.returns.type),
    })),
  };
}

/** The name solutions must export: the function's or the class's. */
export function exportName(signature: Signature): string {
  return signature.kind === 'function' ? signature.functionName : signature.className;
}

/** The type of the value a case's `expected` holds and the answer is compared as. */
export function answerType(signature: FunctionSignature): Type {
  if (signature.returnsNodeOf !== undefined) return { kind: 'nullable', of: INT };
  if (signature.returns === null) {
    const output = signature.params.find((param) => param.name === signature.output);
    return output ? output.type : INT;
  }
  return signature.returns;
}

/** What a step of a class case records: the method's result, null for a void method. */
export function stepType(method: Method): Type {
  return method.returns === null ? { kind: 'nullable', of: INT } : { kind: 'nullable', of: method.returns };
}

/** The type a case's input holds for a parameter: a node given by value is an int. */
export function inputType(param: Param): Type {
  return param.nodeOf !== undefined ? INT : param.type;
}

/** `a: number[], p: TreeNode`: parameters as TypeScript. */
export function paramList(params: readonly Param[]): string {
  // A node given by value is always present in its tree, so it is never null.
  return params.map((param) => `${param.name}${param.optional ? '?' : ''}: ${param.nodeOf !== undefined ? 'TreeNode' : toTypeScript(param.type)}`).join(', ');
}

function returnType(returns: Type | null): string {
  return returns === null ? 'void' : toTypeScript(returns);
}

/** `function name(a: number[], b: number): number`, or a class outline. */
export function renderSignature(signature: Signature): string {
  if (signature.kind === 'function') return `function ${signature.functionName}(${paramList(signature.params)}): ${returnType(signature.returns)}`;
  const members = [`constructor(${paramList(signature.constructorParams)})`, ...signature.methods.map(renderMethod)];
  return `class ${signature.className} {\n${members.map((member) => `  ${member};`).join('\n')}\n}`;
}

export function renderMethod(method: Method): string {
  return `${method.name}(${paramList(method.params)}): ${returnType(method.returns)}`;
}

/** Every parameter and return type in the signature. */
function allTypes(signature: Signature): Type[] {
  if (signature.kind === 'function') return [...signature.params.map((p) => p.type), ...(signature.returns ? [signature.returns] : [])];
  return [
    ...signature.constructorParams.map((p) => p.type),
    ...signature.methods.flatMap((m) => [...m.params.map((p) => p.type), ...(m.returns ? [m.returns] : [])]),
  ];
}

/** The declarations a solution needs beside its signature (`type Nested<T> = ...`), or '' when it needs none. */
export function typeDeclarations(signature: Signature): string {
  return allTypes(signature).some(usesNested) ? NESTED_DECLARATION : '';
}

/** The module path solutions import TreeNode and ListNode from (package.json exports it). */
export const STRUCTURES_MODULE = 'kata/structures';

/** The import line a solution needs for the node classes, or '' when it needs none. */
export function structuresImport(signature: Signature, moduleName = STRUCTURES_MODULE): string {
  const used = new Set<string>();
  for (const type of allTypes(signature)) structuresUsed(type, used);
  if (used.size === 0) return '';
  return `import { ${[...used].sort().join(', ')} } from '${moduleName}';`;
}
