/** Checking a case against the signature: every input and the expected answer must have their types. */
import type { CaseJson, CheckerJson } from './schema.ts';
import { answerType, inputType, stepType, type ClassSignature, type FunctionSignature, type Param, type Signature } from './signature.ts';
import { plural } from '../util/text.ts';
import { checkValue, withBigints } from './values.ts';

export type CaseKind = 'example' | 'hidden';

export interface Case {
  id: string;
  kind: CaseKind;
  input: Record<string, unknown>;
  /** The answer; absent when the case expects an error (in a class case, the results of the steps before the throw). */
  expected?: unknown;
  /** The call must throw (in a class case, its last step); the message is compared only when given. */
  error?: { message?: string };
  checker?: CheckerJson;
  explanation?: string;
  /** A hidden case still to be made by generator.ts (judge/generate.ts turns it into a stored one). */
  generate?: { seed: number; size: number };
}

/** What is wrong with a case given the signature, or null. */
export function caseProblem(signature: Signature, json: Pick<CaseJson, 'input' | 'expected' | 'error'>): string | null {
  return signature.kind === 'function' ? functionCaseProblem(signature, json) : classCaseProblem(signature, json);
}

/** What is wrong with a function's inputs, or null. */
function inputProblem(params: readonly Param[], input: Record<string, unknown>, prefix = 'input'): string | null {
  const names = params.map((param) => param.name);
  const missing = params.filter((param) => !param.optional && !(param.name in input)).map((param) => param.name);
  if (missing.length > 0) return `${prefix} is missing ${missing.map((n) => `"${n}"`).join(', ')}`;
  const unknown = Object.keys(input).filter((name) => !names.includes(name));
  if (unknown.length > 0) return `${prefix} has unknown ${unknown.map((n) => `"${n}"`).join(', ')} (parameters: ${names.join(', ') || 'none'})`;
  for (const param of params) {
    if (!(param.name in input)) continue;
    const problem = checkValue(inputType(param), input[param.name], `${prefix}.${param.name}`);
    if (problem) return problem;
    if (param.nodeOf !== undefined && !treeHolds(input[param.nodeOf], input[param.name])) {
      return `${prefix}.${param.name}: no node of "${param.nodeOf}" has the value ${String(input[param.name])}`;
    }
  }
  return null;
}

function functionCaseProblem(signature: FunctionSignature, json: Pick<CaseJson, 'input' | 'expected' | 'error'>): string | null {
  const problem = inputProblem(signature.params, json.input);
  if (problem) return problem;
  if (json.error !== undefined) return json.expected === undefined ? null : 'give "expected" or "error", not both: a function call either returns or throws';
  if (json.expected === undefined) return 'has no "expected"';
  return checkValue(answerType(signature), json.expected, 'expected');
}

function classCaseProblem(signature: ClassSignature, json: Pick<CaseJson, 'input' | 'expected' | 'error'>): string | null {
  const { operations, arguments: args } = json.input;
  const keys = Object.keys(json.input).filter((key) => key !== 'operations' && key !== 'arguments');
  if (keys.length > 0) return `input has unknown ${keys.map((k) => `"${k}"`).join(', ')}: a class case has "operations" and "arguments"`;
  if (!Array.isArray(operations) || !operations.every((op) => typeof op === 'string')) return 'input.operations: expected an array of method names';
  if (!Array.isArray(args) || args.length !== operations.length || !args.every(Array.isArray)) {
    return 'input.arguments: expected one array of arguments per operation';
  }
  if (operations[0] !== signature.className) return `input.operations[0]: must be "${signature.className}", the constructor`;
  for (let step = 0; step < operations.length; step++) {
    const problem = stepProblem(signature, operations[step] as string, args[step] as unknown[], step);
    if (problem) return problem;
  }
  // With "error", the last step must throw and "expected" (optional) holds the results of the steps before it.
  const judged = json.error === undefined ? operations.length : operations.length - 1;
  if (json.error !== undefined && json.expected === undefined) return null;
  if (!Array.isArray(json.expected) || json.expected.length !== judged) {
    return json.error === undefined
      ? 'expected: needs one result per operation (null for the constructor and void methods)'
      : `expected: with "error", the last operation must throw and expected holds the results of the ${judged} before it`;
  }
  for (let step = 1; step < judged; step++) {
    const method = signature.methods.find((m) => m.name === operations[step])!;
    const problem = checkValue(stepType(method), json.expected[step], `expected[${step}]`);
    if (problem) return problem;
  }
  return judged === 0 || json.expected[0] === null ? null : 'expected[0]: must be null (the constructor returns nothing)';
}

function stepProblem(signature: ClassSignature, operation: string, args: unknown[], step: number): string | null {
  const params = step === 0 ? signature.constructorParams : signature.methods.find((m) => m.name === operation)?.params;
  if (step > 0 && operation === signature.className) return `input.operations[${step}]: the constructor can only come first`;
  if (!params) return `input.operations[${step}]: "${operation}" is not a method (methods: ${signature.methods.map((m) => m.name).join(', ')})`;
  if (args.length !== params.length) return `input.arguments[${step}]: ${operation} takes ${params.length} ${plural(params.length, 'argument')}, got ${args.length}`;
  for (let i = 0; i < params.length; i++) {
    const problem = checkValue(params[i]!.type, args[i], `input.arguments[${step}][${i}]`);
    if (problem) return problem;
  }
  return null;
}

function treeHolds(tree: unknown, value: unknown): boolean {
  return Array.isArray(tree) && tree.includes(value);
}

/**
 * A case's input and expected answer as the solver's values, for showing (kata show, test, diffs,
 * validate): bigints become JavaScript bigints, shown as `9223372036854775808n`, not as the string of
 * digits a case file holds. Values that do not fit the signature are left as they are.
 */
export function caseValues(signature: Signature, input: Record<string, unknown>, expected: unknown): { input: Record<string, unknown>; expected: unknown } {
  if (signature.kind === 'function') {
    const shownInput: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input)) {
      const param = signature.params.find((p) => p.name === name);
      shownInput[name] = param ? withBigints(inputType(param), value) : value;
    }
    return { input: shownInput, expected: expected === undefined ? undefined : withBigints(answerType(signature), expected) };
  }
  const { operations, arguments: args } = input;
  if (!Array.isArray(operations) || !Array.isArray(args)) return { input, expected };
  const methodAt = (step: number) => signature.methods.find((m) => m.name === operations[step]);
  const shownArgs = args.map((list: unknown, step) => {
    const params = step === 0 ? signature.constructorParams : methodAt(step)?.params;
    return Array.isArray(list) && params ? list.map((value, i) => (params[i] ? withBigints(params[i].type, value) : value)) : list;
  });
  const shownExpected = Array.isArray(expected)
    ? expected.map((value: unknown, step) => {
        const method = step === 0 ? undefined : methodAt(step);
        return method ? withBigints(stepType(method), value) : value;
      })
    : expected;
  return { input: { ...input, arguments: shownArgs }, expected: shownExpected };
}
