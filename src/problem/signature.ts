/** A problem's signature with its types parsed, and the TypeScript a solver sees. */
import type { SignatureJson } from './schema.ts';
import { parseType, structuresUsed, toTypeScript, type Type } from './types.ts';

export interface Param {
  name: string;
  type: Type;
  /** Given by value; the solution gets the node of this tree parameter that holds it. */
  nodeOf?: string;
}

export interface Signature {
  functionName: string;
  params: Param[];
  /** null for a void function. */
  returns: Type | null;
  /** For a void function: the parameter judged after the call. */
  output?: string;
  /** The answer must be a node of this tree parameter; it is judged as that node's value. */
  returnsNodeOf?: string;
}

const INT: Type = { kind: 'int' };

export function parseSignature(json: SignatureJson): Signature {
  const signature: Signature = {
    functionName: json.function,
    params: json.params.map((param) => ({
      name: param.name,
      type: parseType(param.type),
      ...(param.nodeOf !== undefined && { nodeOf: param.nodeOf }),
    })),
    returns: json.returns.type === 'void' ? null : parseType(json.returns.type),
  };
  if (json.returns.output !== undefined) signature.output = json.returns.output;
  if (json.returns.nodeOf !== undefined) signature.returnsNodeOf = json.returns.nodeOf;
  return signature;
}

/** The type of the value a case's `expected` holds and the answer is compared as. */
export function answerType(signature: Signature): Type {
  if (signature.returnsNodeOf !== undefined) return { kind: 'nullable', of: INT };
  if (signature.returns === null) {
    const output = signature.params.find((param) => param.name === signature.output);
    return output ? output.type : INT;
  }
  return signature.returns;
}

/** The type a case's input holds for a parameter: a node given by value is an int. */
export function inputType(param: Param): Type {
  return param.nodeOf !== undefined ? INT : param.type;
}

/** `function name(a: number[], b: number): number` */
export function renderSignature(signature: Signature): string {
  const params = signature.params.map((param) => `${param.name}: ${paramTypeScript(param)}`).join(', ');
  const returns = signature.returns === null ? 'void' : toTypeScript(signature.returns);
  return `function ${signature.functionName}(${params}): ${returns}`;
}

function paramTypeScript(param: Param): string {
  // A node given by value is always present in its tree, so it is never null.
  return param.nodeOf !== undefined ? 'TreeNode' : toTypeScript(param.type);
}

/** The import line a solution needs for the node classes, or '' when it needs none. */
export function structuresImport(signature: Signature, moduleName = 'kata/structures'): string {
  const used = new Set<string>();
  for (const param of signature.params) structuresUsed(param.type, used);
  if (signature.returns) structuresUsed(signature.returns, used);
  if (used.size === 0) return '';
  return `import { ${[...used].sort().join(', ')} } from '${moduleName}';`;
}
