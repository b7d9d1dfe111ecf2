/**
 * The messages between the judge and the sandboxed harness, and the judge's check
 * of every reply: the sandbox is untrusted, so a reply is data to validate, not a type.
 */
import type { Type } from '../../problem/types.ts';

/** nodeOf: the index of the tree parameter that holds this node. */
export interface ParamSpec {
  type: Type;
  nodeOf?: number;
}

export interface FunctionCall {
  kind: 'function';
  functionName: string;
  params: ParamSpec[];
  /** null for a void function, whose parameter at index `output` is the answer. */
  returns: Type | null;
  output?: number;
  returnsNodeOf?: number;
}

/** A class case's payload is [operations, arguments]; its answer is one result per step. */
export interface ClassCall {
  kind: 'class';
  className: string;
  constructorParams: ParamSpec[];
  methods: { name: string; params: ParamSpec[]; returns: Type | null }[];
}

export interface InitRequest {
  type: 'init';
  solutionUrl: string;
  structuresUrl: string;
  call: FunctionCall | ClassCall;
}

/** The first request: answered once the harness is up, so the judge can measure the empty runtime's memory. */
export interface HelloRequest {
  type: 'hello';
}

export interface CaseRequest {
  type: 'case';
  nonce: number;
  /** v8-serialized argument list, decoded afresh for every case. */
  payload: Uint8Array;
  seed: number;
  /** Also measure the heap the call used (examples only: the figure is the solution's claim). */
  measureHeap?: boolean;
}

/**
 * Call the solution again on the same case, `runs` times, each on a fresh copy of the inputs, for a
 * median time. The answers are not sent: the verdict is the first call's.
 */
export interface RepeatRequest {
  type: 'repeat';
  nonce: number;
  payload: Uint8Array;
  seed: number;
  runs: number;
  /** Stop early once the calls have taken this long in all. */
  budgetMs: number;
}

export type ParentMessage = HelloRequest | InitRequest | CaseRequest | RepeatRequest;

export interface ThrownError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

interface CaseReply {
  nonce: number;
  timeMs: number;
  output: string;
  outputBytes: number;
  /** The most heap the call used above what was in use before it, in bytes, when asked for. */
  heapBytes?: number;
}

export type ChildMessage =
  /** `thread`: the OS thread id of a harness in a worker thread, whose CPU time the judge reads. */
  | { type: 'hello'; thread?: number }
  | { type: 'ready' }
  | { type: 'timings'; nonce: number; times: number[] }
  | { type: 'load-failed'; verdict: 'CE' | 'RE'; error: ThrownError }
  | (CaseReply & { type: 'returned'; value: unknown; ignoredReturn?: boolean })
  | (CaseReply & { type: 'bad-answer'; reason: string })
  | (CaseReply & { type: 'threw'; error: ThrownError; step?: number; results?: unknown[] });

/** The most repeated calls a timing may hold; a reply with more is forged. */
export const MAX_RUNS = 64;

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isOptionalText = (value: unknown) => value === undefined || isText(value);

function readThrown(value: unknown): ThrownError | null {
  if (!isRecord(value) || !isText(value.name) || !isText(value.message) || !isOptionalText(value.stack) || !isOptionalText(value.code)) return null;
  return {
    name: value.name,
    message: value.message,
    ...(isText(value.stack) && { stack: value.stack }),
    ...(isText(value.code) && { code: value.code }),
  };
}

/** A reply from the sandbox as a ChildMessage, or null when it is not one. */
export function readReply(data: unknown): ChildMessage | null {
  if (!isRecord(data)) return null;
  if (data.type === 'hello') return { type: 'hello', ...(Number.isSafeInteger(data.thread) && (data.thread as number) > 0 && { thread: data.thread as number }) };
  if (data.type === 'ready') return { type: 'ready' };
  if (data.type === 'timings') {
    const ok = isCount(data.nonce) && Array.isArray(data.times) && data.times.length <= MAX_RUNS && data.times.every(isCount);
    return ok ? { type: 'timings', nonce: data.nonce as number, times: data.times as number[] } : null;
  }
  if (data.type === 'load-failed') {
    const error = readThrown(data.error);
    return error && (data.verdict === 'CE' || data.verdict === 'RE') ? { type: 'load-failed', verdict: data.verdict, error } : null;
  }
  if (!isCount(data.nonce) || !isCount(data.timeMs) || !isText(data.output) || !isCount(data.outputBytes)) return null;
  if (data.heapBytes !== undefined && !isCount(data.heapBytes)) return null;
  const reply = { nonce: data.nonce, timeMs: data.timeMs, output: data.output, outputBytes: data.outputBytes, ...(isCount(data.heapBytes) && { heapBytes: data.heapBytes }) };
  if (data.type === 'returned') return { type: 'returned', ...reply, value: data.value, ignoredReturn: data.ignoredReturn === true };
  if (data.type === 'bad-answer') return isText(data.reason) ? { type: 'bad-answer', ...reply, reason: data.reason } : null;
  if (data.type !== 'threw') return null;
  const error = readThrown(data.error);
  if (!error || (data.step !== undefined && !isCount(data.step)) || (data.results !== undefined && !Array.isArray(data.results))) return null;
  return { type: 'threw', ...reply, error, ...(isCount(data.step) && { step: data.step }), ...(Array.isArray(data.results) && { results: data.results as unknown[] }) };
}
