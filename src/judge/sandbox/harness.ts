/**
 * The entry point of the sandboxed child process. It locks the process down,
 * loads the solution, then answers one request per case over IPC.
 *
 * Everything the harness relies on is captured before the solution loads, so a
 * solution that replaces globals cannot fake its time or its messages. The
 * comparison itself happens in the judge's process, out of the solution's reach.
 */
import { deserialize } from 'node:v8';
import { callClass, callFunction } from './calls.ts';
import type { NodeClasses } from './codec.ts';
import type { CaseRequest, ChildMessage, InitRequest, ParentMessage, ThrownError } from './protocol.ts';

const now = performance.now.bind(performance);
const send = process.send!.bind(process) as (message: ChildMessage) => boolean;
// reallyExit is Node's internal exit without 'exit' handlers; process.exit itself is replaced below.
const exit = (process as unknown as { reallyExit: (code: number) => never }).reallyExit.bind(process);
const emit = process.emit.bind(process) as (event: string | symbol, ...args: unknown[]) => boolean;
const OUTPUT_CAP = 8 * 1024;

let captured = '';
let capturedBytes = 0;

lockDown();

let exported: ((...args: unknown[]) => unknown) | null = null;
let classes: NodeClasses | null = null;
let init: InitRequest | null = null;

function lockDown(): void {
  // Signals are outside the permission model: without this a solution could SIGKILL or SIGSTOP the judge.
  const refuse = () => {
    throw new Error('process.kill is not available to solutions');
  };
  for (const name of ['kill', '_kill', 'send', 'disconnect', '_debugProcess', 'abort'] as const) {
    Object.defineProperty(process, name, { value: refuse, writable: false, configurable: false });
  }
  // The environment was emptied at spawn; this also drops what the shell and Node add.
  for (const key of Object.keys(process.env)) delete process.env[key];
  process.exit = ((code?: number) => {
    send({ type: 'exited', code: typeof code === 'number' ? code : 0, output: captured });
    exit(typeof code === 'number' ? code : 0);
  }) as typeof process.exit;
  // A 'message' listener is what keeps the IPC channel (and so the process) alive;
  // the requests themselves go only to the harness, through the emit below.
  process.on('message', () => undefined);
  Object.defineProperty(process, 'emit', {
    value: (event: string | symbol, ...args: unknown[]) => (event === 'message' ? onMessage(args[0] as ParentMessage) : emit(event, ...args)),
    writable: false,
    configurable: false,
  });
  for (const stream of [process.stdout, process.stderr]) {
    Object.defineProperty(stream, 'write', { value: captureOutput, writable: false, configurable: false });
  }
}

function captureOutput(chunk: unknown): boolean {
  const text = typeof chunk === 'string' ? chunk : String(chunk);
  capturedBytes += text.length;
  if (captured.length < OUTPUT_CAP) captured += text.slice(0, OUTPUT_CAP - captured.length);
  return true;
}

function onMessage(message: ParentMessage): boolean {
  if (message.type === 'init') void load(message);
  else if (message.type === 'case') void runCase(message);
  return true;
}

async function load(request: InitRequest): Promise<void> {
  init = request;
  try {
    classes = (await import(request.structuresUrl)) as NodeClasses;
  } catch (error) {
    send({ type: 'load-failed', verdict: 'RE', error: describeThrown(error) });
    return;
  }
  let exports: Record<string, unknown>;
  try {
    exports = (await import(request.solutionUrl)) as Record<string, unknown>;
  } catch (error) {
    const thrown = describeThrown(error);
    const notFound = thrown.code === 'ERR_MODULE_NOT_FOUND' || thrown.code === 'ERR_ACCESS_DENIED';
    send({ type: 'load-failed', verdict: notFound || thrown.name === 'SyntaxError' ? 'CE' : 'RE', error: thrown });
    return;
  }
  const call = request.call;
  const name = call.kind === 'function' ? call.functionName : call.className;
  const candidate = exports[name] ?? (exports.default as Record<string, unknown> | undefined)?.[name];
  if (typeof candidate !== 'function') {
    const what = call.kind === 'function' ? 'function' : 'class';
    send({ type: 'load-failed', verdict: 'CE', error: { name: 'Error', message: `no exported ${what} named "${name}"` } });
    return;
  }
  exported = candidate as (...args: unknown[]) => unknown;
  send({ type: 'ready' });
}

async function runCase(request: CaseRequest): Promise<void> {
  if (!exported || !classes || !init) return;
  captured = '';
  capturedBytes = 0;
  const data = deserialize(request.payload) as unknown;
  seedRandom(request.seed);
  const call = init.call;
  const result =
    call.kind === 'function'
      ? await callFunction(call, exported, data as unknown[], classes, now)
      : await callClass(call, exported as unknown as new (...args: unknown[]) => unknown, data as [string[], unknown[][]], classes, now);
  const reply = { nonce: request.nonce, timeMs: result.timeMs, output: captured, outputBytes: capturedBytes };
  if (result.kind === 'returned') trySend({ type: 'returned', ...reply, value: result.value, ignoredReturn: result.ignoredReturn });
  else if (result.kind === 'bad-answer') trySend({ type: 'bad-answer', ...reply, reason: result.reason });
  else trySend({ type: 'threw', ...reply, error: describeThrown(result.error), ...(result.step !== undefined && { step: result.step }) });
}

/** Sends a reply; an answer that cannot be sent (a function, a symbol) is a wrong answer. */
function trySend(message: ChildMessage & { nonce: number }): void {
  try {
    send(message);
  } catch (error) {
    send({
      type: 'bad-answer',
      nonce: message.nonce,
      timeMs: 'timeMs' in message ? message.timeMs : 0,
      reason: `the answer cannot be sent to the judge (${(error as Error)?.name ?? 'error'}): functions, symbols and class instances with private state are not data`,
      output: captured,
      outputBytes: capturedBytes,
    });
  }
}

function describeThrown(error: unknown): ThrownError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: String(error.name), message: String(error.message), stack: String(error.stack ?? ''), ...(typeof code === 'string' && { code }) };
  }
  if (error === null) return { name: 'null', message: 'threw null' };
  if (typeof error === 'string') return { name: 'string', message: `threw the string ${JSON.stringify(error.slice(0, 500))}` };
  if (typeof error === 'object') return { name: 'object', message: 'threw an object that is not an Error' };
  return { name: typeof error, message: `threw a value of type ${typeof error}` };
}

/** sfc32, so a randomized solution that fails can be rerun with the same seed. */
function seedRandom(seed: number): void {
  let a = seed >>> 0;
  let b = 0x9e3779b9;
  let c = 0x243f6a88;
  let d = 0xb7e15162;
  const next = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) + t;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  Math.random = next;
}
