/**
 * A solution hosted in a worker thread of kata itself: the fast path of the practice commands (kata test
 * and kata watch on the solver's own solution), where a sandboxed process would cost more to start than
 * the examples cost to run. It answers the same requests as a Sandbox and ends in the same outcomes, but
 * it trades the OS's isolation for speed: no bubblewrap, no permission model, no separate process. What
 * still holds: a time limit on the thread's own CPU time (read from /proc) and a wall-clock watchdog,
 * both ending in terminate(); V8's heap limit for the thread and a poll of the process's resident memory;
 * a 64 MiB stack; an empty environment; and the harness's lockdown, which in a thread also refuses files,
 * processes, threads, work that could not be stopped (lockdown.ts) and Node's internal bindings. kata judge
 * and kata grade never use it.
 */
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { SandboxOptions, SolutionHost } from './host.ts';
import { KILL_MARGIN_MS, wallLimitMs } from './limits.ts';
import { OVER_MEMORY_EXIT } from './sandbox/bulk-arrays.ts';
import { Decoder } from './sandbox/decode.ts';
import { CpuClock, MS_PER_TICK, residentKb } from './sandbox/process.ts';
import type { LoadOutcome, RepeatOutcome, RunOutcome } from './sandbox/outcomes.ts';
import type { ChildMessage, ParentMessage } from './sandbox/protocol.ts';
import { measuredTime, HARNESS_HEAP_MB, MEMORY_POLL_MS, replyFor, replyOutcome, Requests, stampReply, withStray, type Outcome, type PendingRequest as Pending } from './sandbox/requests.ts';
import { WallClock, watchdog } from './sandbox/wall.ts';
import { endThread, trackThread } from './threads.ts';

const STACK_MB = 64;

/**
 * V8's heap limit for a thread, four times the problem's. At a worker's heap limit Node ends the thread
 * with only 16 MB of leeway: one larger allocation (a Map or a sparse array rehashing its table, an
 * array's store growing) aborted kata's whole process instead (a Map grown in a loop did, under kata
 * test). The problem's limit is kept by the poll of resident memory every MEMORY_POLL_MS, which ends the
 * thread before a table twice the limit's size is asked for. Only examples and the solver's local cases
 * run in a thread: small inputs, whose garbage the wider heap does not let grow to the limit.
 */
export function threadHeapLimitMb(memoryMb: number): number {
  return memoryMb * 4 + HARNESS_HEAP_MB;
}

/** In the cache folder, a file naming the thread harness last prepared: what kata test's early start (cli/early.ts) boots. */
export const THREAD_HARNESS_POINTER = 'thread-harness';

/**
 * A worker thread already booting the harness, for a ThreadSandbox to adopt: kata test starts it before
 * it loads the judge, so that the two take their time side by side.
 */
export interface StartedThread {
  worker: Worker;
  /**
   * The judge's end of a channel private to the harness: requests and replies travel on it, not on the
   * worker's own channel, which the solution can reach (worker_threads.parentPort) and so could forge replies on.
   */
  port: MessagePort;
  /** The harness it runs, and its heap limit: a sandbox adopts it only if both are its own. */
  harness: string;
  memoryMb: number;
  /** How it ended, should it end before it is adopted. */
  ended: { code: number; outOfMemory: boolean } | null;
  adopted: boolean;
}

export function startThread(harness: string, memoryMb: number): StartedThread {
  const { port1: port, port2: harnessPort } = new MessageChannel();
  const worker = new Worker(pathToFileURL(harness), {
    workerData: { port: harnessPort, memoryMb },
    transferList: [harnessPort],
    env: {},
    argv: [],
    execArgv: [],
    stdin: false,
    stdout: true,
    stderr: true,
    resourceLimits: { maxOldGenerationSizeMb: threadHeapLimitMb(memoryMb), stackSizeMb: STACK_MB },
  });
  // A thread stuck in a native call cannot be terminated at once: it must not keep kata from exiting.
  worker.unref();
  trackThread(worker);
  port.unref();
  const started: StartedThread = { worker, port, harness, memoryMb, ended: null, adopted: false };
  let outOfMemory = false;
  // What a thread throws is the solution's value (`throw null` from a timer): read with care.
  worker.on('error', (error: unknown) => {
    if (isOutOfMemory(error)) outOfMemory = true;
  });
  worker.once('exit', (code) => {
    started.ended = { code, outOfMemory };
  });
  return started;
}

/** Node's out-of-memory error for a worker (a plain object the solution throws with that code is not an Error once it has crossed). */
function isOutOfMemory(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${String(error.name)}: ${String(error.message)}` : `threw ${typeof error}`;
}

export class ThreadSandbox implements SolutionHost {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly decoder: Decoder;
  private pending: Pending | null = null;
  private exited = false;
  private thread: number | null = null;
  private baselineKb = 0;
  private readonly requests: Requests;
  /** The solution's thread alone; unknown until the thread has said which it is. */
  private readonly clock = new CpuClock(() => (this.thread === null ? null : `/proc/${process.pid}/task/${this.thread}/stat`));
  private stray = '';
  private outOfMemory = false;
  private deathNote = 'the solution had already ended';
  private frameQueue: Promise<void> = Promise.resolve();
  private clocks: { wall: WallClock; cancelWatchdog: () => void; poll: NodeJS.Timeout } | null = null;

  /** `started`: a thread already booting (startThread), used when its heap limit is this solution's. */
  constructor(
    private readonly options: SandboxOptions,
    started?: StartedThread,
  ) {
    this.decoder = new Decoder(options.runtime.decoder, Math.max(512, options.memoryMb * 2));
    this.requests = new Requests((...ask) => this.request(...ask), { solutionFile: options.solutionFile, structuresFile: options.runtime.structures, call: options.call });
    const fits = started && !started.adopted && started.memoryMb === options.memoryMb && started.harness === options.runtime.threadHarness;
    if (started && !fits && !started.adopted) endThread(started.worker);
    const adopt = fits ? started : startThread(options.runtime.threadHarness, options.memoryMb);
    adopt.adopted = true;
    this.worker = adopt.worker;
    this.port = adopt.port;
    if (adopt.ended) {
      this.exited = true;
      this.deathNote = adopt.ended.outOfMemory ? 'the solution ran out of memory while starting' : `the solution's thread exited with code ${adopt.ended.code} while starting`;
    }
    this.worker.stdout.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.worker.stderr.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.port.on('message', (message: unknown) => this.onMessage(message));
    // Only the solution writes here: the harness answers on the private port.
    this.worker.on('message', () => {
      if (!this.exited) this.breach('a message on a channel the judge does not read');
    });
    this.worker.on('error', (error: unknown) => {
      if (isOutOfMemory(error)) this.outOfMemory = true;
      else this.keepStray(Buffer.from(`${describe(error)}\n`));
    });
    this.worker.on('exit', (code) => this.onExit(code));
    // A 'message' listener refs its port again: a thread stuck in a native call must not keep kata's loop alive.
    this.worker.unref();
    this.port.unref();
  }

  load(timeLimitMs: number): Promise<LoadOutcome> {
    return this.requests.load(timeLimitMs, () => {
      this.baselineKb = residentKb(process.pid)?.rss ?? 0;
    });
  }

  run(payload: Uint8Array, seed: number, timeLimitMs: number, measureHeap = false): Promise<RunOutcome> {
    return this.requests.run(payload, seed, timeLimitMs, measureHeap);
  }

  repeat(payload: Uint8Array, seed: number, runs: number, budgetMs: number, timeLimitMs: number): Promise<RepeatOutcome> {
    return this.requests.repeat(payload, seed, runs, budgetMs, timeLimitMs);
  }


  get alive(): boolean {
    return !this.exited;
  }

  /** Stops the thread; resolves without waiting for one stuck in a native call (it is unref'd). */
  dispose(): Promise<void> {
    this.exited = true;
    this.stopClocks();
    this.decoder.stop();
    this.port.close();
    endThread(this.worker);
    return Promise.resolve();
  }

  private request(nonce: number, timeLimitMs: number, message: ParentMessage, expects: readonly ChildMessage['type'][]): Promise<Outcome> {
    if (this.exited) return Promise.resolve({ kind: 'crashed', message: this.deathNote, output: this.stray });
    return new Promise((resolve) => {
      const wall = new WallClock();
      const pending: Pending = { nonce, expects, wall, cpuTicks: this.clock.ticks(), settle: resolve };
      this.pending = pending;
      this.clocks = {
        wall,
        cancelWatchdog: watchdog(wall, wallLimitMs(timeLimitMs) + KILL_MARGIN_MS, () => {
          if (this.pending === pending && !pending.replied) this.finish({ kind: 'timeout', timeMs: wall.waitedMs() }, true);
        }),
        poll: setInterval(() => this.checkLimits(timeLimitMs), MEMORY_POLL_MS),
      };
      this.port.postMessage(serialize(message));
    });
  }

  private stopClocks(): void {
    if (!this.clocks) return;
    this.clocks.cancelWatchdog();
    clearInterval(this.clocks.poll);
    this.clocks.wall.stop();
    this.clocks = null;
  }

  private finish(outcome: Outcome, kill = false): void {
    const pending = this.pending;
    this.pending = null;
    this.stopClocks();
    if (kill || outcome.kind === 'memory' || outcome.kind === 'crashed') void this.dispose();
    pending?.settle(outcome);
  }

  private onMessage(message: unknown): void {
    const pending = this.pending;
    if (pending && !pending.replied) {
      stampReply(pending, this.clock.ticks());
      this.stopClocks();
    }
    if (!(message instanceof Uint8Array)) {
      this.breach('a malformed message');
      return;
    }
    const frame = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
    this.frameQueue = this.frameQueue.then(() => this.onFrame(frame)).catch((error: unknown) => this.breach(`a reply the judge cannot handle (${(error as Error)?.name ?? 'error'})`));
  }

  private async onFrame(frame: Buffer): Promise<void> {
    const pending = this.pending;
    const decoded = await this.decoder.decode(frame);
    if (this.pending !== pending || pending === null) {
      if (pending === null && this.alive) this.breach('a message the judge did not ask for');
      return;
    }
    const reply = replyFor(decoded, pending);
    if ('breach' in reply) return this.breach(reply.breach);
    const { message } = reply;
    if (message.type === 'hello' && message.thread !== undefined) this.thread = message.thread;
    this.finish(this.toOutcome(message, pending));
  }

  private toOutcome(message: ChildMessage, pending: Pending): Outcome {
    return replyOutcome(message, () => measuredTime(pending, this.clock.ticks()));
  }

  private breach(what: string): void {
    this.deathNote = `the solution sent ${what}`;
    this.finish({ kind: 'crashed', message: this.deathNote, output: '' }, true);
  }

  private onExit(code: number): void {
    const wasAlive = !this.exited;
    this.exited = true;
    this.stopClocks();
    this.decoder.stop();
    if (!this.pending || !wasAlive) return;
    // OVER_MEMORY_EXIT: the harness ended the thread for an array that alone would pass the limit (bulk-arrays.ts).
    if (this.outOfMemory || code === OVER_MEMORY_EXIT) this.finish({ kind: 'memory', peakMb: this.options.memoryMb });
    else this.finish({ kind: 'crashed', message: `the solution's thread exited with code ${code}`, output: this.stray });
  }

  private checkLimits(timeLimitMs: number): void {
    const pending = this.pending;
    if (!pending || pending.replied) return;
    if ((this.clock.ticks() - pending.cpuTicks) * MS_PER_TICK > timeLimitMs + KILL_MARGIN_MS) {
      this.finish({ kind: 'timeout', timeMs: pending.wall.waitedMs() }, true);
      return;
    }
    const usedKb = (residentKb(process.pid)?.rss ?? 0) - this.baselineKb;
    if (this.baselineKb > 0 && usedKb > this.options.memoryMb * 1024) this.finish({ kind: 'memory', peakMb: Math.round(usedKb / 1024) }, true);
  }

  private keepStray(chunk: Buffer): void {
    this.stray = withStray(this.stray, chunk);
  }
}
