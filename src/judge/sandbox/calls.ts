/**
 * Calling the solution for one case, inside the sandbox: a function call, or
 * a class case's sequence of calls on one instance. Arguments are decoded
 * before the clock starts; answers are encoded after it stops.
 */
import type { Type } from '../../problem/types.ts';
import { checkValue } from '../../problem/values.ts';
import { AnswerShapeError, decodeTree, decodeValue, encodeValue, NodeRecord, type NodeClasses } from './codec.ts';
import type { ClassCall, FunctionCall, ParamSpec } from './protocol.ts';

/** `heapBytes`: the most heap the solution's code used above what was in use before it, when a meter was given. */
export type CallResult = (
  | { kind: 'returned'; value: unknown; timeMs: number; ignoredReturn: boolean }
  | { kind: 'bad-answer'; reason: string; timeMs: number }
  /** In a class case, `results` are those of the steps before the one that threw. */
  | { kind: 'threw'; error: unknown; timeMs: number; step?: number; results?: unknown[] }
) & { heapBytes?: number };

type Clock = () => number;

/** Brackets the solution's own code: `end` gives the most heap used since `begin`, in bytes. */
export interface HeapMeter {
  begin(): void;
  end(): number;
}

/** Without a meter, the calls run as they would with none: nothing measured, nothing added. */
const NO_METER = { begin: () => undefined, end: () => undefined };

function meterOf(meter: HeapMeter | null): { begin(): void; end(): { heapBytes: number } | undefined } {
  if (!meter) return NO_METER;
  return { begin: () => meter.begin(), end: () => ({ heapBytes: meter.end() }) };
}
type Answer = { ok: true; value: unknown } | { ok: false; reason: string };

export async function callFunction(spec: FunctionCall, fn: (...args: unknown[]) => unknown, data: unknown[], classes: NodeClasses, now: Clock, heapMeter: HeapMeter | null = null): Promise<CallResult> {
  const records = new Map<number, NodeRecord>();
  const args = decodeArgs(spec.params, data, classes, records, spec.returnsNodeOf);
  const meter = meterOf(heapMeter);
  meter.begin();
  const start = now();
  let value: unknown;
  try {
    value = fn(...args);
    if (isThenable(value)) value = await value;
  } catch (error) {
    const timeMs = now() - start;
    return { kind: 'threw', error, timeMs, ...meter.end() };
  }
  const timeMs = now() - start;
  const heap = meter.end();
  const answer = encodeFunctionAnswer(spec, args, value, records);
  // For a void function, a returned value is a likely mistake worth pointing out on a wrong answer.
  if (answer.ok) return { kind: 'returned', value: answer.value, timeMs, ignoredReturn: spec.output !== undefined && value !== undefined, ...heap };
  return { kind: 'bad-answer', reason: answer.reason, timeMs, ...heap };
}

export async function callClass(spec: ClassCall, Class: new (...args: unknown[]) => unknown, data: [string[], unknown[][]], classes: NodeClasses, now: Clock, heapMeter: HeapMeter | null = null): Promise<CallResult> {
  // The steps' arguments are decoded inside the metered span: small next to what the instance holds.
  const meter = meterOf(heapMeter);
  meter.begin();
  const result = await callSteps(spec, Class, data, classes, now);
  return { ...result, ...meter.end() };
}

async function callSteps(spec: ClassCall, Class: new (...args: unknown[]) => unknown, data: [string[], unknown[][]], classes: NodeClasses, now: Clock): Promise<CallResult> {
  const [operations, argumentLists] = data;
  const results: unknown[] = [null];
  let timeMs = 0;
  let instance: Record<string, unknown>;
  let start = 0;
  try {
    const args = decodeArgs(spec.constructorParams, argumentLists[0] ?? [], classes);
    start = now();
    instance = new Class(...args) as Record<string, unknown>;
    timeMs += now() - start;
  } catch (error) {
    return { kind: 'threw', error, timeMs: timeMs + now() - start, step: 0, results: [] };
  }
  for (let step = 1; step < operations.length; step++) {
    const method = spec.methods.find((m) => m.name === operations[step])!;
    const args = decodeArgs(method.params, argumentLists[step] ?? [], classes);
    let value: unknown;
    start = now();
    try {
      const fn = instance[method.name];
      if (typeof fn !== 'function') throw new TypeError(`${spec.className}.${method.name} is not a method`);
      value = fn.apply(instance, args);
      if (isThenable(value)) value = await value;
    } catch (error) {
      return { kind: 'threw', error, timeMs: timeMs + now() - start, step, results };
    }
    timeMs += now() - start;
    if (method.returns === null) {
      results.push(null);
      continue;
    }
    const answer = encodeScalarOrValue(method.returns, value);
    if (!answer.ok) return { kind: 'bad-answer', reason: `at step ${step}: ${answer.reason}`, timeMs };
    results.push(answer.value === undefined ? undefined : answer.value);
  }
  return { kind: 'returned', value: results, timeMs, ignoredReturn: false };
}

/**
 * The arguments of one call. A tree that nodes are taken from (a `nodeOf` parameter, or an answer that
 * must be one of its nodes) is recorded as it is built, so nodes are known by identity, not by value.
 */
function decodeArgs(params: readonly ParamSpec[], data: readonly unknown[], classes: NodeClasses, records = new Map<number, NodeRecord>(), answerSource?: number): unknown[] {
  const sources = new Set(params.flatMap((param) => (param.nodeOf === undefined ? [] : [param.nodeOf])));
  if (answerSource !== undefined) sources.add(answerSource);
  // Optional parameters left out: the data stops early, or holds undefined for one left out before a given one.
  const args = params.slice(0, data.length).map((param, i) => {
    if (data[i] === undefined) return undefined;
    if (param.nodeOf !== undefined) return null;
    if (!sources.has(i)) return decodeValue(param.type, data[i], classes);
    const record = new NodeRecord();
    records.set(i, record);
    return decodeTree(data[i] as (number | null)[] | null, classes, record);
  });
  params.forEach((param, i) => {
    if (param.nodeOf !== undefined) args[i] = records.get(param.nodeOf)!.find(data[i]);
  });
  return args;
}

function encodeFunctionAnswer(spec: FunctionCall, args: unknown[], value: unknown, records: Map<number, NodeRecord>): Answer {
  if (spec.output !== undefined) return encodeSafely(spec.params[spec.output]!.type, args[spec.output]);
  if (spec.returnsNodeOf !== undefined) return encodeNodeAnswer(records.get(spec.returnsNodeOf)!, value);
  return encodeScalarOrValue(spec.returns as Type, value);
}

/** A scalar expected but a structure returned: say so here rather than ship a possibly huge value. */
function encodeScalarOrValue(type: Type, value: unknown): Answer {
  if (isScalar(type) && (typeof value === 'object' || typeof value === 'function') && value !== null) {
    return { ok: false, reason: checkValue(type, value, 'answer') ?? 'the answer is not of the return type' };
  }
  return encodeSafely(type, value);
}

function encodeSafely(type: Type, value: unknown): Answer {
  try {
    return { ok: true, value: encodeValue(type, value) };
  } catch (error) {
    if (error instanceof AnswerShapeError) return { ok: false, reason: error.message };
    throw error;
  }
}

function isScalar(type: Type): boolean {
  return type.kind === 'int' || type.kind === 'float' || type.kind === 'string' || type.kind === 'bool' || type.kind === 'char';
}

/** The answer is the node itself: judged as the value the case gave that node, whatever it holds now. */
function encodeNodeAnswer(record: NodeRecord, value: unknown): Answer {
  if (value === null || value === undefined) return { ok: true, value };
  if (!record.has(value)) return { ok: false, reason: 'the returned node is not a node of the input tree' };
  return { ok: true, value: record.valueOf(value) };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
