/** The messages between the judge and the sandboxed harness. Types only: nothing here runs. */
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

export interface CaseRequest {
  type: 'case';
  nonce: number;
  /** v8-serialized argument list, decoded afresh for every case. */
  payload: Uint8Array;
  seed: number;
}

export type ParentMessage = InitRequest | CaseRequest;

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
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'load-failed'; verdict: 'CE' | 'RE'; error: ThrownError }
  | { type: 'exited'; code: number; output: string }
  | (CaseReply & { type: 'returned'; value: unknown; ignoredReturn?: boolean })
  | (CaseReply & { type: 'bad-answer'; reason: string })
  | (CaseReply & { type: 'threw'; error: ThrownError; step?: number });
