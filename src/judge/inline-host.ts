/**
 * The inline host: the solver's own solution run in a vm context in kata's main thread, for kata test's
 * examples, with no thread or process to start. It is not a sandbox (a solution that means to can reach
 * kata's realm from a context), and it is not trusted for verdicts but two: the judge keeps its results
 * only when every case is AC or WA (judge.ts), and runs the cases again in a thread on anything else.
 * Whatever it cannot do exactly as a thread would, it gives up on ("unsure"): a throw, a promise still
 * pending, an answer it cannot copy out, a solution with no inline form (inline-form.ts).
 *
 * What stops a solution here, since nothing else watches the main thread:
 * - time: every script it runs in the context has vm's timeout, at most CALL_CAP_MS (V8 ends the run,
 *   microtasks included; top-level code and Atomics.wait too);
 * - memory: a call of at most CALL_CAP_MS cannot fill the heap room it is given (at least HEADROOM_MB
 *   beyond the problem's limit, or no inline run: V8 would abort the whole process at its limit); after
 *   each call, memory past the problem's limit is unsure; arrays that one native call would make past
 *   it are refused in the context (bulk-arrays.ts).
 */
import { readFileSync } from 'node:fs';
import { tryWriteAtomically } from '../util/fs.ts';
import { createContext, Script, type Context } from 'node:vm';
import { deserialize, getHeapStatistics, serialize } from 'node:v8';
import type { SolutionHost, SandboxOptions } from './host.ts';
import type { LoadOutcome, RepeatOutcome, RunOutcome } from './sandbox/outcomes.ts';
import { makeHeapMeter } from './sandbox/heap-meter.ts';
import type { InlineHostFunctions } from './sandbox/inline-harness.ts';
import { readReply, type ChildMessage } from './sandbox/protocol.ts';
import { STRUCTURES_MODULE } from '../problem/signature.ts';

/** The longest any one script runs in the context: a case's first call, its repeated calls, or loading. */
export const CALL_CAP_MS = 250;
/** Heap room beyond the problem's limit that a run inline needs: four times what CALL_CAP_MS of allocation reached here. */
export const HEADROOM_MB = 2048;

const MB = 1024 * 1024;

/** A reply of the protocol (protocol.ts), checked as a thread's is, or the harness's "unsure". */
type Reply = ChildMessage | { type: 'unsure'; why: string };

interface Ran {
  reply: Reply;
  elapsedMs: number;
  cpuMs: number;
}

let rejections = 0;
let listening = false;

/**
 * A promise of the solution's rejected with no handler: Node reports it to kata's process, on a later
 * turn of the event loop, where it would end kata as an uncaught exception. It is counted instead, and
 * the judge runs the cases in a thread (inlineTrialClean), which makes it the solution's RE. kata's own
 * promises keep Node's way: theirs is still an uncaught exception. Only the promise's own prototype is
 * read, which runs none of the solution's code.
 */
function listenForRejections(): void {
  if (listening) return;
  listening = true;
  process.on('unhandledRejection', (reason, promise) => {
    if (Object.getPrototypeOf(promise) === Promise.prototype) throw reason;
    rejections++;
  });
}

/** Where an inline trial starts: give it to inlineTrialClean when the trial is over. */
export function inlineTrialMark(): number {
  return rejections;
}

/** After one turn of the event loop (Node reports unhandled rejections only then): whether none came from the trial begun at `mark`. */
export async function inlineTrialClean(mark: number): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  return rejections === mark;
}

export class InlineHost implements SolutionHost {
  /** Why the host gave up, once it has: the judge then runs the cases in a thread. */
  unsure: string | null = null;
  private context: Context | null = null;
  private sandbox: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private replyBytes: Buffer | null = null;
  private harness: HarnessScript | null = null;
  private baseline = { heap: 0, resident: 0 };
  private readonly token = `${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  private readonly runScript = new Script(`__kata.run(${JSON.stringify(this.token)}, __kataIn)`);
  private readonly repeatScript = new Script(`__kata.repeat(${JSON.stringify(this.token)}, __kataIn)`);

  constructor(private readonly options: SandboxOptions) {}

  get alive(): boolean {
    return this.unsure === null && this.context !== null;
  }

  load(timeLimitMs: number): Promise<LoadOutcome> {
    const { inlineFile } = this.options;
    const harness = this.options.runtime.inlineHarness;
    if (harness === null) return Promise.resolve(this.giveUp('the inline harness could not be bundled'));
    if (inlineFile === undefined) return Promise.resolve(this.giveUp('the solution has no inline form'));
    const heap = getHeapStatistics();
    if (heap.heap_size_limit - heap.used_heap_size < (this.options.memoryMb + HEADROOM_MB) * MB) return Promise.resolve(this.giveUp('too little heap room'));
    listenForRejections();
    this.context = createContext(this.sandbox, { microtaskMode: 'afterEvaluate' });
    this.harness = harnessScript(harness);
    const install = this.harness.script.runInContext(this.context) as (...args: unknown[]) => void;
    install(this.hostFunctions(), this.token, JSON.stringify(this.options.call), this.options.memoryMb * MB, STRUCTURES_MODULE);
    let module: Script;
    try {
      const body = readFileSync(inlineFile, 'utf8');
      module = new Script(`__kata.load(${JSON.stringify(this.token)}, async function (__vite_ssr_exports__, __vite_ssr_import_meta__, __vite_ssr_import__) {"use strict";\n${body}\n})`, { filename: inlineFile, lineOffset: -1 });
    } catch {
      return Promise.resolve(this.giveUp('the inline form does not compile'));
    }
    const after = getHeapStatistics();
    this.baseline = { heap: after.used_heap_size + after.external_memory, resident: process.memoryUsage.rss() };
    const ran = this.runIn(module, Math.min(timeLimitMs, CALL_CAP_MS));
    if (ran === null) return Promise.resolve(this.giveUp(this.unsure ?? 'loading did not finish'));
    return Promise.resolve(ran.reply.type === 'ready' ? { kind: 'ready' } : this.giveUp(unsureWhy(ran.reply)));
  }

  run(payload: Uint8Array, seed: number, timeLimitMs: number, measureHeap = false): Promise<RunOutcome> {
    const ran = this.ask(this.runScript, payload, { seed, heap: measureHeap }, timeLimitMs);
    if (ran === null) return Promise.resolve(this.giveUp(this.unsure ?? 'the call did not finish'));
    const { reply } = ran;
    const measured = { elapsedMs: ran.elapsedMs, waitedMs: ran.elapsedMs, cpuMs: ran.cpuMs, output: '', outputBytes: 0 };
    const heap = 'heapBytes' in reply && reply.heapBytes !== undefined ? { heapBytes: reply.heapBytes } : {};
    if (reply.type === 'returned') return Promise.resolve({ ...measured, ...heap, kind: 'returned', value: reply.value, timeMs: reply.timeMs, ignoredReturn: reply.ignoredReturn === true });
    if (reply.type === 'bad-answer') return Promise.resolve({ ...measured, ...heap, kind: 'bad-answer', reason: reply.reason, timeMs: reply.timeMs });
    return Promise.resolve(this.giveUp(unsureWhy(reply)));
  }

  repeat(payload: Uint8Array, seed: number, runs: number, budgetMs: number, timeLimitMs: number): Promise<RepeatOutcome> {
    const ran = this.ask(this.repeatScript, payload, { seed, heap: false, runs, budgetMs }, timeLimitMs);
    if (ran === null) return Promise.resolve(this.giveUp(this.unsure ?? 'the repeated calls did not finish'));
    if (ran.reply.type !== 'timings') return Promise.resolve(this.giveUp(unsureWhy(ran.reply)));
    return Promise.resolve({ kind: 'timings', times: ran.reply.times, elapsedMs: ran.elapsedMs, waitedMs: ran.elapsedMs, cpuMs: ran.cpuMs });
  }

  dispose(): Promise<void> {
    // Once the harness has run, V8's cache of it holds the functions it compiled: the next kata test takes them.
    if (this.harness?.write && this.context !== null) {
      this.harness.write = false;
      tryWriteAtomically(this.harness.cacheFile, this.harness.script.createCachedData());
    }
    this.context = null;
    this.sandbox = Object.create(null) as Record<string, unknown>;
    return Promise.resolve();
  }

  /** Functions of kata's realm, kept in the harness's closure: each takes nothing from the solution but the reply it serializes. */
  private hostFunctions(): InlineHostFunctions {
    const meter = makeHeapMeter();
    return {
      now: nowMs,
      heapBegin: () => meter.begin(),
      heapEnd: () => meter.end(),
      send: (reply: unknown) => {
        try {
          this.replyBytes = serialize(reply);
        } catch {
          // An answer V8 cannot copy (a function, a proxy): a thread says which wrong answer it is.
          this.replyBytes = null;
        }
      },
    };
  }

  /** The case's arguments, as JSON the context parses with its own JSON.parse: nothing of kata's realm is passed in. */
  private ask(script: Script, payload: Uint8Array, extra: Record<string, unknown>, timeLimitMs: number): Ran | null {
    if (!this.alive) return null;
    const json = exactJson({ args: deserialize(payload), ...extra });
    if (json === null) {
      this.unsure = 'the arguments are not plain JSON';
      return null;
    }
    this.sandbox.__kataIn = json;
    return this.runIn(script, Math.min(timeLimitMs, CALL_CAP_MS));
  }

  private runIn(script: Script, timeoutMs: number): Ran | null {
    this.replyBytes = null;
    const cpu = process.cpuUsage();
    const start = nowMs();
    try {
      script.runInContext(this.context!, { timeout: timeoutMs });
    } catch {
      this.unsure = 'stopped or threw';
      return null;
    }
    const elapsedMs = nowMs() - start;
    const used = process.cpuUsage(cpu);
    const heap = getHeapStatistics();
    // The heap, and resident memory for what is outside it (a resizable buffer counted in neither V8 figure).
    const limit = this.options.memoryMb * MB;
    if (heap.used_heap_size + heap.external_memory - this.baseline.heap > limit || process.memoryUsage.rss() - this.baseline.resident > limit) {
      this.unsure = 'memory past the limit';
      return null;
    }
    const reply = this.replyBytes === null ? null : readInlineReply(deserialize(this.replyBytes));
    if (reply === null) {
      this.unsure = 'no reply, or a malformed one';
      return null;
    }
    return { reply, elapsedMs, cpuMs: (used.user + used.system) / 1000 };
  }

  private giveUp(why: string): { kind: 'crashed'; message: string; output: string } {
    this.unsure ??= why;
    return { kind: 'crashed', message: `not run inline: ${this.unsure}`, output: '' };
  }
}

/** Not performance.now(): its first use loads Node's performance timeline, 1 to 2 ms of every kata test. */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface HarnessScript {
  script: Script;
  cacheFile: string;
  /** V8 had no cache of it, or refused the one it had. */
  write: boolean;
}

/** The harness compiled with V8's cache of an earlier run, kept beside it: most of its functions then need no compiling. */
function harnessScript(file: string): HarnessScript {
  const cacheFile = `${file}.v8-cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // the first inline run with this harness
  }
  const script = new Script(readFileSync(file, 'latin1'), { filename: file, ...(cachedData && { cachedData }) });
  return { script, cacheFile, write: cachedData === undefined || script.cachedDataRejected === true };
}

function unsureWhy(reply: Reply): string {
  return reply.type === 'unsure' ? reply.why : `an unexpected reply (${reply.type})`;
}

function readInlineReply(data: unknown): Reply | null {
  if (typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'unsure') return { type: 'unsure', why: String((data as { why?: unknown }).why) };
  return readReply(data);
}

/**
 * JSON that parses back to exactly `value`, or null: JSON has no -0, NaN, infinities, undefined or
 * bigints, and keeps only arrays and plain objects (the types of a case's inputs are no more than that).
 */
export function exactJson(value: unknown): string | null {
  let exact = true;
  const text = JSON.stringify(value, function check(this: unknown, _key: string, item: unknown) {
    if (typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0))) exact = false;
    else if (item === undefined || typeof item === 'bigint' || typeof item === 'function' || typeof item === 'symbol') exact = false;
    else if (typeof item === 'object' && item !== null && !Array.isArray(item) && Object.getPrototypeOf(item) !== Object.prototype && Object.getPrototypeOf(item) !== null) exact = false;
    return typeof item === 'bigint' ? null : item;
  });
  return exact && typeof text === 'string' ? text : null;
}
