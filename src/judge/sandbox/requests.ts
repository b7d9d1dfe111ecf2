/**
 * What a host of a solution (sandbox.ts's process, thread-sandbox.ts's thread) asks its harness, and how
 * a reply becomes an outcome: the same for both, which differ only in how messages travel and how the
 * solution's time and memory are read.
 */
import { pathToFileURL } from 'node:url';
import type { Decoded } from './decode.ts';
import type { LoadOutcome, Measured, RepeatOutcome, RunOutcome } from './outcomes.ts';
import { MS_PER_TICK } from './process.ts';
import type { ChildMessage, InitRequest, ParentMessage } from './protocol.ts';
import type { WallClock } from './wall.ts';

export type Outcome = RunOutcome | LoadOutcome | RepeatOutcome;

/** Room for the harness's own heap (a few MB) in a thread's heap limit (thread-sandbox.ts). */
export const HARNESS_HEAP_MB = 32;
/** What V8's young generation may hold beside the old one, at most, in a sandboxed process. */
const YOUNG_GENERATION_MB = 16;

/**
 * V8's old-generation limit in a sandboxed process: a little under the problem's limit, so that V8
 * collects a solution's garbage before the poll of resident memory counts it. At the limit plus 32 MB,
 * as it was, V8 let three arrays of 100 MB stand at once, two of them garbage, and a solution that never
 * held more than 100 MB got MLE under 256 MB on the case where the third came. What a solution holds
 * alive can still reach the limit, with the young generation on top.
 */
export function processHeapLimitMb(memoryMb: number): number {
  return memoryMb - YOUNG_GENERATION_MB;
}
/** How often a host reads the solution's CPU time and memory while a request waits. */
export const MEMORY_POLL_MS = 15;
const STRAY_OUTPUT_CAP = 16 * 1024;

/** What the solution wrote outside its replies (a crash's last words), kept up to a cap for its RE message. */
export function withStray(kept: string, chunk: Buffer): string {
  return kept.length < STRAY_OUTPUT_CAP ? kept + chunk.toString('utf8', 0, STRAY_OUTPUT_CAP - kept.length) : kept;
}

/** Sends one request, and settles with the outcome of the reply that fits it (or of what happened instead). */
export type Ask = (nonce: number, timeLimitMs: number, message: ParentMessage, expects: readonly ChildMessage['type'][]) => Promise<Outcome>;

/** A request waiting for its reply. */
export interface PendingRequest {
  /** 0 while starting and loading; a case's nonce after. */
  nonce: number;
  /** The replies that fit this request. */
  expects: readonly ChildMessage['type'][];
  /** Wall time since the request was sent, less the judge's own pauses (wall.ts). */
  wall: WallClock;
  cpuTicks: number;
  /** The wall time and the solution's CPU ticks when the reply was in: decoding it is the judge's time. */
  replied?: { elapsedMs: number; waitedMs: number; cpuTicks: number };
  settle: (outcome: Outcome) => void;
}

/** Marks the reply as in (once): the solution's time ends here. */
export function stampReply(pending: PendingRequest, cpuTicks: number): void {
  const now = performance.now();
  pending.replied ??= { elapsedMs: pending.wall.elapsedMs(now), waitedMs: pending.wall.waitedMs(now), cpuTicks };
  pending.wall.stop();
}

/** The request's wall and CPU time: up to its reply, or up to now (`cpuTicks`) if none came. */
export function measuredTime(pending: PendingRequest, cpuTicks: number): Measured {
  const now = performance.now();
  const end = pending.replied ?? { elapsedMs: pending.wall.elapsedMs(now), waitedMs: pending.wall.waitedMs(now), cpuTicks };
  return { elapsedMs: end.elapsedMs, waitedMs: end.waitedMs, cpuMs: (end.cpuTicks - pending.cpuTicks) * MS_PER_TICK };
}

/**
 * A decoded frame held against the request waiting for it: the reply, or what the solution did to the
 * judge's channel instead (a breach). One well-formed reply of an expected type, with the request's
 * nonce, per request; anything else is the solution writing to the channel.
 */
export function replyFor(decoded: Decoded, pending: PendingRequest): { message: ChildMessage } | { breach: string } {
  if (!decoded.ok) return { breach: `a reply the judge cannot decode (${decoded.reason})` };
  const message = decoded.message;
  const nonce = message && 'nonce' in message ? message.nonce : 0;
  if (!message || !pending.expects.includes(message.type) || nonce !== pending.nonce) return { breach: message ? 'a message the judge did not ask for' : 'a malformed message' };
  return { message };
}

const CASE_REPLIES: readonly ChildMessage['type'][] = ['returned', 'bad-answer', 'threw'];

export class Requests {
  private nonce = 0;

  constructor(
    private readonly ask: Ask,
    private readonly solution: { solutionFile: string; structuresFile: string; call: InitRequest['call'] },
  ) {}

  /**
   * Loads the solution; the time limit covers code that runs at import time. First the harness says it
   * is up, and `afterHello` measures the empty runtime: from then on, limits count only what is above it.
   */
  async load(timeLimitMs: number, afterHello: () => void): Promise<LoadOutcome> {
    const hello = (await this.ask(0, timeLimitMs, { type: 'hello' }, ['hello'])) as LoadOutcome;
    if (hello.kind !== 'ready') return hello;
    afterHello();
    const init: InitRequest = {
      type: 'init',
      solutionUrl: pathToFileURL(this.solution.solutionFile).href,
      structuresUrl: pathToFileURL(this.solution.structuresFile).href,
      call: this.solution.call,
    };
    return this.ask(0, timeLimitMs, init, ['ready', 'load-failed']) as Promise<LoadOutcome>;
  }

  /** One call on a case; `measureHeap` asks the harness for the heap the call used (its claim). */
  run(payload: Uint8Array, seed: number, timeLimitMs: number, measureHeap = false): Promise<RunOutcome> {
    const nonce = ++this.nonce;
    return this.ask(nonce, timeLimitMs, { type: 'case', nonce, payload, seed, ...(measureHeap && { measureHeap }) }, CASE_REPLIES) as Promise<RunOutcome>;
  }

  /** The same case `runs` more times (at most `budgetMs` of calls), for a median time; no answers. */
  repeat(payload: Uint8Array, seed: number, runs: number, budgetMs: number, timeLimitMs: number): Promise<RepeatOutcome> {
    const nonce = ++this.nonce;
    return this.ask(nonce, timeLimitMs, { type: 'repeat', nonce, payload, seed, runs, budgetMs }, ['timings']) as Promise<RepeatOutcome>;
  }
}

/** A reply that fits its request, as an outcome; `measured` is the host's own reading of the call's time. */
export function replyOutcome(message: ChildMessage, measured: () => Measured): Outcome {
  if (message.type === 'ready' || message.type === 'hello') return { kind: 'ready' };
  if (message.type === 'load-failed') return { kind: 'load-failed', verdict: message.verdict, error: message.error };
  if (message.type === 'timings') return { kind: 'timings', ...measured(), times: message.times };
  const heap = message.heapBytes !== undefined ? { heapBytes: message.heapBytes } : {};
  const common = { ...measured(), timeMs: message.timeMs, output: message.output, outputBytes: message.outputBytes, ...heap };
  if (message.type === 'returned') return { kind: 'returned', ...common, value: message.value, ignoredReturn: message.ignoredReturn === true };
  if (message.type === 'bad-answer') return { kind: 'bad-answer', ...common, reason: message.reason };
  return { kind: 'threw', ...common, error: message.error, ...(message.step !== undefined && { step: message.step }), ...(message.results && { results: message.results }) };
}
