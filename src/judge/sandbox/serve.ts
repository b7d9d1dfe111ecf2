/**
 * What the harness does, whichever way it talks to the judge (a sandboxed process's pipes, or a worker
 * thread's messages): load the solution, then answer one request per case.
 *
 * Everything it relies on is captured when this module loads, before the solution does, so a solution
 * that replaces globals cannot change how it talks to the judge. It can still send messages itself; the
 * judge treats anything but one well-formed reply per request as a runtime error, and measures time and
 * memory with its own clocks. The comparison happens in the judge, out of the solution's reach.
 */
import * as v8 from 'node:v8';
import { callClass, callFunction, type CallResult, type HeapMeter } from './calls.ts';
import { makeHeapMeter } from './heap-meter.ts';
import type { NodeClasses } from './codec.ts';
import { Random } from '../../problem/random.ts';
import type { CaseRequest, ChildMessage, InitRequest, ParentMessage, RepeatRequest, ThrownError } from './protocol.ts';

const now = performance.now.bind(performance);
const serialize = v8.serialize;
const deserialize = v8.deserialize;
const heapStatistics = v8.getHeapStatistics;
// A sandboxed process starts with --expose-gc (sandbox.ts): the harness keeps the collector, the solution does not get it.
const collectGarbage = typeof (globalThis as { gc?: unknown }).gc === 'function' ? ((globalThis as { gc?: unknown }).gc as () => void) : null;
// Not configurable (V8 defines it so), but writable: the solution finds nothing there.
if (collectGarbage !== null) (globalThis as { gc?: unknown }).gc = undefined;
/** Collected before a call once the heap holds this share of its limit (below it, a collection would cost more than it frees). */
const COLLECT_SHARE = 1 / 8;
const OUTPUT_CAP = 8 * 1024;
const TEXT_CAP = 8 * 1024;

let captured = '';
let capturedBytes = 0;
let exported: ((...args: unknown[]) => unknown) | null = null;
let classes: NodeClasses | null = null;
let init: InitRequest | null = null;

let send: (message: Uint8Array) => void = () => undefined;
let helloExtra: { thread?: number } = {};

/**
 * Starts answering: `sendMessage` carries a serialized reply to the judge, and the function returned
 * takes each serialized request. `thread` is the OS thread id of a harness in a worker thread, for the
 * judge to read that thread's CPU time.
 */
export function serve(sendMessage: (message: Uint8Array) => void, thread?: number): (request: Uint8Array) => void {
  const answer = serveMessages(sendMessage, thread);
  return (request) => answer(deserialize(request) as ParentMessage);
}

/** As serve, for a caller that has deserialized each request already (thread-harness.ts reads the init's files first). */
export function serveMessages(sendMessage: (message: Uint8Array) => void, thread?: number): (request: ParentMessage) => void {
  send = sendMessage;
  if (thread !== undefined) helloExtra = { thread };
  return onMessage;
}

function reply(message: ChildMessage): void {
  send(serialize(message));
}

export function captureOutput(chunk: unknown): boolean {
  const text = typeof chunk === 'string' ? chunk : String(chunk);
  capturedBytes += text.length;
  if (captured.length < OUTPUT_CAP) captured += text.slice(0, OUTPUT_CAP - captured.length);
  return true;
}

function onMessage(message: ParentMessage): void {
  if (message.type === 'hello') reply({ type: 'hello', ...helloExtra });
  else if (message.type === 'init') void load(message);
  else if (message.type === 'case') void runCase(message);
  else if (message.type === 'repeat') void repeatCase(message);
}

async function load(request: InitRequest): Promise<void> {
  init = request;
  try {
    classes = (await import(request.structuresUrl)) as NodeClasses;
  } catch (error) {
    reply({ type: 'load-failed', verdict: 'RE', error: describeThrown(error) });
    return;
  }
  let exports: Record<string, unknown>;
  try {
    exports = (await import(request.solutionUrl)) as Record<string, unknown>;
  } catch (error) {
    const thrown = describeThrown(error);
    const notFound = thrown.code === 'ERR_MODULE_NOT_FOUND' || thrown.code === 'ERR_ACCESS_DENIED';
    reply({ type: 'load-failed', verdict: notFound || thrown.name === 'SyntaxError' ? 'CE' : 'RE', error: thrown });
    return;
  }
  const call = request.call;
  const name = call.kind === 'function' ? call.functionName : call.className;
  // A named export, as the type check requires.
  const candidate = exports[name];
  if (typeof candidate !== 'function') {
    const what = call.kind === 'function' ? 'function' : 'class';
    reply({ type: 'load-failed', verdict: 'CE', error: { name: 'Error', message: `no exported ${what} named "${name}"` } });
    return;
  }
  exported = candidate as (...args: unknown[]) => unknown;
  reply({ type: 'ready' });
}

/** One call of the solution on a fresh copy of the case's inputs, with Math.random seeded for the case. */
async function callOnce(payload: Uint8Array, seed: number, heapMeter: HeapMeter | null): Promise<CallResult | null> {
  if (!exported || !classes || !init) return null;
  collectEarlierGarbage();
  const data = deserialize(payload) as unknown;
  seedRandom(seed);
  const call = init.call;
  return call.kind === 'function'
    ? await callFunction(call, exported, data as unknown[], classes, now, heapMeter)
    : await callClass(call, exported as unknown as new (...args: unknown[]) => unknown, data as [string[], unknown[][]], classes, now, heapMeter);
}

async function runCase(request: CaseRequest): Promise<void> {
  captured = '';
  capturedBytes = 0;
  const result = await callOnce(request.payload, request.seed, request.measureHeap ? heapMeter : null);
  if (!result) return;
  const common = { nonce: request.nonce, timeMs: result.timeMs, output: captured, outputBytes: capturedBytes, ...(result.heapBytes !== undefined && { heapBytes: result.heapBytes }) };
  if (result.kind === 'returned') trySend({ type: 'returned', ...common, value: result.value, ignoredReturn: result.ignoredReturn });
  else if (result.kind === 'bad-answer') trySend({ type: 'bad-answer', ...common, reason: result.reason });
  else trySend({ type: 'threw', ...common, error: describeThrown(result.error), ...(result.step !== undefined && { step: result.step }), ...(result.results && { results: result.results }) });
}

/**
 * The same case again, for a median time: each call gets its own copy of the inputs (a solution may
 * change them) and the case's seed. Answers and output are dropped; the verdict is the first call's.
 */
async function repeatCase(request: RepeatRequest): Promise<void> {
  const times: number[] = [];
  let spent = 0;
  while (times.length < request.runs && spent < request.budgetMs) {
    const result = await callOnce(request.payload, request.seed, null);
    if (!result) return;
    // A call that did not return as the judged one did says the timing is not of the same work.
    if (result.kind !== 'returned') break;
    times.push(result.timeMs);
    spent += result.timeMs;
  }
  captured = '';
  capturedBytes = 0;
  reply({ type: 'timings', nonce: request.nonce, times });
}

/**
 * What earlier calls left behind is collected before the next one, as a process of its own per case
 * would start clean: otherwise a memo of 200 MB from the case before, garbage but not yet collected,
 * stood beside this case's and the judge's poll of resident memory counted both (a correct memoized
 * knapsack got MLE under 256 MB, and AC when the case was judged alone). Before the clock starts; the
 * judge's CPU reading of the case includes it, as it would include V8 collecting the same garbage later.
 */
function collectEarlierGarbage(): void {
  if (collectGarbage === null) return;
  const heap = heapStatistics();
  if (heap.used_heap_size > heap.heap_size_limit * COLLECT_SHARE) collectGarbage();
}

const heapMeter: HeapMeter = makeHeapMeter();

/** Sends a reply; an answer that cannot be serialized (a function, a symbol) is a wrong answer. */
function trySend(message: ChildMessage & { nonce: number; timeMs: number }): void {
  try {
    reply(message);
  } catch (error) {
    reply({
      type: 'bad-answer',
      nonce: message.nonce,
      timeMs: message.timeMs,
      reason: `the answer cannot be sent to the judge (${(error as Error)?.name ?? 'error'}): functions, symbols and class instances with private state are not data`,
      output: captured,
      outputBytes: capturedBytes,
    });
  }
}

function describeThrown(error: unknown): ThrownError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // Bounded here, so a 20 MB message costs no time on the channel; the judge bounds it again.
    const text = (value: unknown) => String(value).slice(0, TEXT_CAP);
    return { name: text(error.name), message: text(error.message), stack: text(error.stack ?? ''), ...(typeof code === 'string' && { code: text(code) }) };
  }
  if (error === null) return { name: 'null', message: 'threw null' };
  if (typeof error === 'string') return { name: 'string', message: `threw the string ${JSON.stringify(error.slice(0, 500))}` };
  if (typeof error === 'object') return { name: 'object', message: 'threw an object that is not an Error' };
  return { name: typeof error, message: `threw a value of type ${typeof error}` };
}

/** The same generator as problem generators', so a randomized solution that fails can be rerun with its seed. */
function seedRandom(seed: number): void {
  const random = new Random(seed);
  Math.random = () => random.next();
}
