/** How a problem's solutions are called: what the sandbox is told once, and each case's payload. */
import { serialize } from 'node:v8';
import type { Case } from '../problem/load.ts';
import type { Param, Signature } from '../problem/signature.ts';
import type { InitRequest, ParamSpec } from './sandbox/protocol.ts';

/** What the sandbox needs to know to call the solution: types only, never case data. */
export function callSpec(signature: Signature): InitRequest['call'] {
  if (signature.kind === 'class') {
    return {
      kind: 'class',
      className: signature.className,
      constructorParams: paramSpecs(signature.constructorParams),
      methods: signature.methods.map((method) => ({ name: method.name, params: paramSpecs(method.params), returns: method.returns })),
    };
  }
  const indexOf = (name: string | undefined) => (name === undefined ? undefined : signature.params.findIndex((param) => param.name === name));
  const output = indexOf(signature.output);
  const returnsNodeOf = indexOf(signature.returnsNodeOf);
  return {
    kind: 'function',
    functionName: signature.functionName,
    params: paramSpecs(signature.params),
    returns: signature.returns,
    ...(output !== undefined && { output }),
    ...(returnsNodeOf !== undefined && { returnsNodeOf }),
  };
}

function paramSpecs(params: readonly Param[]): ParamSpec[] {
  return params.map((param) => ({ type: param.type, ...(param.nodeOf !== undefined && { nodeOf: params.findIndex((p) => p.name === param.nodeOf) }) }));
}

/** Serialized once here, deserialized afresh in the sandbox: every case gets its own copy. */
export function argumentPayload(signature: Signature, testCase: Case): Uint8Array {
  if (signature.kind === 'class') return serialize([testCase.input.operations, testCase.input.arguments]);
  // Optional parameters a case leaves out are not passed at all: the solution's `arguments` stops at the last one given.
  const given = signature.params.map((param) => param.name in testCase.input);
  return serialize(signature.params.slice(0, given.lastIndexOf(true) + 1).map((param) => testCase.input[param.name]));
}

