/**
 * One sandboxed child process per solution, reused across its cases.
 *
 * The child runs inside bubblewrap where the machine allows (see isolation.ts and sandbox/launch.ts),
 * and always under Node's permission model with an empty environment. Requests go to its stdin and
 * replies come back as frames on a pipe that the judge decodes itself, under a memory bound, so no
 * message can crash the judge. Between requests the child is stopped (SIGSTOP), so nothing it left
 * running can use CPU or memory. Limits: a watchdog per request (SIGKILL on expiry), the judge's own
 * clock for TLE, V8's heap limit, a resident-memory poll and a memory cgroup where one can be had,
 * and a 64 MiB stack so that recursion 10^5 deep works. The memory limit is the solution's own: what
 * the empty runtime holds (Node and the harness, measured before the solution loads) is not counted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import type { Runtime } from './compile.ts';
import { currentIsolation, type Isolation } from './isolation.ts';
import { KILL_MARGIN_MS, wallLimitMs } from './limits.ts';
import { MemoryCgroup } from './sandbox/cgroup.ts';
import { Decoder, type Decoded } from './sandbox/decode.ts';
import { encodeFrame, FrameError, FrameReader } from './sandbox/frames.ts';
import { closeOpened, planLaunch, STACK_FAILED, STACK_KIB } from './sandbox/launch.ts';
import { enterCgroup, readSandboxPid } from './sandbox/start.ts';
import { CpuClock, firstChild, MS_PER_TICK, residentKb, signalGroup, tcpQueuedBytes } from './sandbox/process.ts';
import type { LoadOutcome, RepeatOutcome, RunOutcome } from './sandbox/outcomes.ts';
import type { ChildMessage, InitRequest, ParentMessage } from './sandbox/protocol.ts';
import { measuredTime, MEMORY_POLL_MS, processHeapLimitMb, replyFor, replyOutcome, Requests, stampReply, withStray, type Outcome, type PendingRequest } from './sandbox/requests.ts';
import { WallClock, watchdog } from './sandbox/wall.ts';

const V8_STACK_KIB = 60_000;
const MAX_REPLY_BYTES = 256 * 1024 * 1024;
/** An abort counts as the heap limit when memory reached this share of the limit: V8 stops at the limit itself. */
const NEAR_LIMIT = 0.9;
/** Room above the problem's limit for what the cgroup counts besides the process's own memory. */
const CGROUP_SLACK_MB = 32;
/** Until the empty runtime's memory is measured, the cgroup leaves this much room for it. */
const STARTUP_ALLOWANCE_MB = 256;
const MIB = 1024 * 1024;

export type { CaseOutput, LoadOutcome, Measured, RepeatOutcome, RunOutcome } from './sandbox/outcomes.ts';


export interface SandboxOptions {
  runtime: Runtime;
  solutionFile: string;
  /** The solution's inline form (compile.ts), for the inline host. */
  inlineFile?: string;
  call: InitRequest['call'];
  memoryMb: number;
  isolation?: Isolation;
}

interface Pending extends PendingRequest {
  /** Stops the clocks (watchdog and memory poll) once a reply is in. */
  stopClocks: () => void;
}

const live = new Set<Sandbox>();
process.once('exit', () => {
  for (const sandbox of live) sandbox.abandon();
});

export class Sandbox {
  private readonly child: ChildProcess;
  private readonly ended: Promise<void>;
  private readonly started: Promise<void>;
  private readonly replies = new FrameReader(MAX_REPLY_BYTES);
  private readonly isolation: Isolation;
  private readonly cgroup: MemoryCgroup | null = null;
  private readonly workDir: string | null = null;
  private readonly decoder: Decoder;
  private pending: Pending | null = null;
  private exited = false;
  /** The launcher (and so, by --die-with-parent, everything it started) is gone. */
  private launcherExited = false;
  private stray = '';
  private readonly requests: Requests;
  private readonly clock = new CpuClock(() => {
    const pid = this.solutionPid();
    return pid === null ? null : `/proc/${pid}/stat`;
  });
  /** Frames are handled one after another, in order, even when a large one decodes in a worker. */
  private frameQueue: Promise<void> = Promise.resolve();
  /** The process group of the sandbox: the child itself, or bubblewrap's first process inside. */
  private group: number | null = null;
  /** The Node process that runs the solution, once known. */
  private nodePid: number | null = null;
  /** The highest resident memory seen by the poll (VmHWM), for telling V8's heap limit from other aborts. */
  private peakKb = 0;
  /** What the empty runtime held once it was up, before the solution loaded: not the solution's. */
  private baseline = { rssKb: 0, cgroupBytes: 0 };
  /** Why the process was killed when no request was pending, for the next request to report. */
  private deathNote = 'the solution process had already ended';

  constructor(private readonly options: SandboxOptions) {
    this.requests = new Requests((...ask) => this.request(...ask), { solutionFile: options.solutionFile, structuresFile: options.runtime.structures, call: options.call });
    this.isolation = options.isolation ?? currentIsolation();
    this.decoder = new Decoder(options.runtime.decoder, decodeHeapMb(options.memoryMb));
    const readable = [...options.runtime.files, options.solutionFile];
    const node = [
      this.isolation.machine.permissionFlag,
      ...readable.map((file) => `--allow-fs-read=${file}`),
      `--stack-size=${V8_STACK_KIB}`,
      `--max-old-space-size=${processHeapLimitMb(options.memoryMb)}`,
      // CPU time is what the limit is on: GC helper threads would count a collection several times over.
      '--single-threaded-gc',
      // For the harness alone, which collects one case's garbage before the next (serve.ts); gc is deleted before the solution loads.
      '--expose-gc',
      '--enable-source-maps',
      '--no-warnings',
      options.runtime.harness,
    ];
    // Outside bubblewrap, an empty folder of its own: whatever Node might write relative to it lands nowhere that matters.
    if (this.isolation.mode === 'node') this.workDir = mkdtempSync(join(tmpdir(), 'kata-sandbox-'));
    const cgroupSupport = this.isolation.mode === 'os' ? this.isolation.machine.cgroup : null;
    if (cgroupSupport) this.cgroup = MemoryCgroup.create(cgroupSupport, (options.memoryMb + CGROUP_SLACK_MB + STARTUP_ALLOWANCE_MB) * MIB);
    const plan = planLaunch(this.isolation, readable, node, this.workDir ?? '/', this.cgroup !== null);
    this.child = spawn(plan.command, plan.args, { stdio: plan.stdio, env: {}, detached: true, cwd: plan.cwd, ...(plan.uid !== undefined && { uid: plan.uid, gid: plan.uid }) });
    closeOpened(plan);
    live.add(this);
    this.started =
      this.isolation.mode === 'os'
        ? enterCgroup(this.child, this.cgroup, () => this.exited)
            .then(() => readSandboxPid(this.child, () => this.killNow()))
            .then((pid) => this.adopt(pid, null))
        : Promise.resolve(this.adopt(this.child.pid ?? null, this.child.pid ?? null));
    this.ended = new Promise((resolve) =>
      this.child.once('close', () => {
        if (this.workDir) rmSync(this.workDir, { recursive: true, force: true });
        this.cgroup?.remove();
        resolve();
      }),
    );
    this.child.stdout!.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.child.stdio[3]!.on('data', (chunk: Buffer) => this.onReplyBytes(chunk));
    this.child.stdin!.on('error', () => undefined); // a child that died mid-write is reported by 'exit'
    this.child.on('exit', (code, signal) => this.onExit(code, signal));
    this.child.on('error', (error) => this.finish({ kind: 'crashed', message: `could not start the sandbox: ${error.message}`, output: '' }, true));
  }

  load(timeLimitMs: number): Promise<LoadOutcome> {
    return this.requests.load(timeLimitMs, () => this.measureBaseline());
  }

  run(payload: Uint8Array, seed: number, timeLimitMs: number, measureHeap = false): Promise<RunOutcome> {
    return this.requests.run(payload, seed, timeLimitMs, measureHeap);
  }

  repeat(payload: Uint8Array, seed: number, runs: number, budgetMs: number, timeLimitMs: number): Promise<RepeatOutcome> {
    return this.requests.repeat(payload, seed, runs, budgetMs, timeLimitMs);
  }


  /** Called while the child is stopped after saying hello, so the figures hold still. */
  private measureBaseline(): void {
    const pid = this.solutionPid();
    const resident = pid === null ? null : residentKb(pid);
    this.baseline = { rssKb: resident?.rss ?? 0, cgroupBytes: this.cgroup?.usage() ?? 0 };
    this.cgroup?.setLimit((this.options.memoryMb + CGROUP_SLACK_MB) * MIB + this.baseline.cgroupBytes);
  }

  /** Kills the process; resolves once it is gone, so no judgment leaves a process behind. */
  dispose(): Promise<void> {
    // Once the launcher has exited, its process ids may belong to someone else: no signal after that.
    // (bubblewrap's --die-with-parent has already taken down whatever was left inside.)
    if (!this.launcherExited) this.killNow();
    this.exited = true;
    this.decoder.stop();
    live.delete(this);
    return this.ended;
  }

  /** kata is exiting: no 'close' will come, so the sandbox is killed and its cgroup removed now. */
  abandon(): void {
    this.killNow();
    this.cgroup?.remove();
  }

  /** SIGKILL to the sandbox's group and to the launcher's: with bubblewrap they differ (a new session). */
  killNow(): void {
    if (this.group !== null) signalGroup(this.group, 'SIGKILL');
    if (this.child.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null) {
      if (!signalGroup(this.child.pid, 'SIGKILL')) this.child.kill('SIGKILL');
    }
  }

  get alive(): boolean {
    return !this.exited;
  }

  private adopt(group: number | null, nodePid: number | null): void {
    this.group = group;
    this.nodePid = nodePid;
    if (group !== null) this.cgroup?.add(group);
  }

  /** The process that runs Node: under bubblewrap, the child of its first process, forked after setup. */
  private solutionPid(): number | null {
    if (this.nodePid === null && this.group !== null && this.isolation.mode === 'os') this.nodePid = firstChild(this.group);
    return this.nodePid;
  }

  private async request(nonce: number, timeLimitMs: number, message: ParentMessage, expects: readonly ChildMessage['type'][]): Promise<Outcome> {
    await this.started;
    if (this.exited) return { kind: 'crashed', message: this.deathNote, output: this.stray };
    return new Promise((resolve) => {
      const wall = new WallClock();
      const cancelWatchdog = watchdog(wall, wallLimitMs(timeLimitMs) + KILL_MARGIN_MS, () => {
        if (this.pending === pending && !pending.replied) this.finish({ kind: 'timeout', timeMs: wall.waitedMs() }, true);
      });
      const poll = setInterval(() => this.checkLimits(timeLimitMs), MEMORY_POLL_MS);
      const stopClocks = () => {
        cancelWatchdog();
        clearInterval(poll);
        wall.stop();
      };
      const pending: Pending = {
        nonce,
        expects,
        wall,
        cpuTicks: this.clock.ticks(),
        stopClocks,
        settle: (outcome) => {
          stopClocks();
          resolve(outcome);
        },
      };
      this.pending = pending;
      this.signal('SIGCONT');
      this.child.stdin!.write(encodeFrame(serialize(message)));
    });
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.group !== null && !this.exited) signalGroup(this.group, signal);
  }

  private finish(outcome: Outcome, kill = false): void {
    const pending = this.pending;
    this.pending = null;
    if (kill || outcome.kind === 'memory' || outcome.kind === 'crashed') void this.dispose();
    // Nothing the solution left behind (timers, promises) may run between requests.
    else this.signal('SIGSTOP');
    pending?.settle(outcome);
  }

  private onReplyBytes(chunk: Buffer): void {
    let frames: Buffer[];
    try {
      frames = this.replies.push(chunk);
    } catch (error) {
      if (!(error instanceof FrameError)) throw error;
      this.breach(error.message);
      return;
    }
    const pending = this.pending;
    if (frames.length > 0 && pending && !pending.replied) {
      // The reply is in: the solution's time ends here, and it is stopped while the judge decodes.
      stampReply(pending, this.clock.ticks());
      pending.stopClocks();
      this.signal('SIGSTOP');
    }
    for (const frame of frames) {
      // A frame that cannot be handled is the solution's RE, never an unhandled rejection that stops kata.
      this.frameQueue = this.frameQueue.then(() => this.onFrame(frame)).catch((error: unknown) => this.breach(`a reply the judge cannot handle (${(error as Error)?.name ?? 'error'})`));
    }
  }

  private async onFrame(frame: Buffer): Promise<void> {
    const pending = this.pending;
    // Frames decode in order, and the first one settles the request: a second one is a breach either way.
    const decoded: Decoded = await this.decoder.decode(frame);
    if (this.pending !== pending || pending === null) {
      if (pending === null && this.alive) this.breach('a message the judge did not ask for');
      return;
    }
    const reply = replyFor(decoded, pending);
    if ('breach' in reply) {
      this.breach(reply.breach);
      return;
    }
    // A burst past the limit between two polls: the cgroup's peak still shows it.
    const peak = pending.nonce === 0 ? null : this.cgroup?.peak();
    const solutionPeak = peak ? peak - this.baseline.cgroupBytes : 0;
    if (solutionPeak > this.options.memoryMb * MIB) this.finish({ kind: 'memory', peakMb: Math.round(solutionPeak / MIB) });
    else this.finish(this.toOutcome(reply.message, pending));
  }

  private breach(what: string): void {
    this.deathNote = `the solution process sent ${what}`;
    this.finish({ kind: 'crashed', message: this.deathNote, output: '' }, true);
  }

  private toOutcome(message: ChildMessage, pending: Pending): Outcome {
    return replyOutcome(message, () => measuredTime(pending, this.clock.ticks()));
  }

  private onExit(code: number | null, rawSignal: NodeJS.Signals | null): void {
    this.exited = true;
    this.launcherExited = true;
    live.delete(this);
    if (!this.pending) return;
    // bubblewrap reports a child killed by a signal as exit code 128 + the signal's number.
    const signal = rawSignal ?? (this.isolation.mode === 'os' && code !== null && code > 128 ? signalName(code - 128) : null);
    if (this.isolation.mode === 'os' && this.group === null) {
      this.finish({ kind: 'crashed', message: `could not start the sandbox: ${this.stray.trim().split('\n')[0] || `bubblewrap exited with code ${code}`}`, output: '' });
    } else if ((signal === 'SIGABRT' && this.nearLimit()) || (signal === 'SIGKILL' && this.cgroup?.hitLimit())) {
      // V8 aborts at the heap limit (the solution cannot abort: process.abort is removed); the kernel kills at the cgroup's.
      this.finish({ kind: 'memory', peakMb: this.options.memoryMb });
    } else if (code === STACK_FAILED && this.isolation.mode === 'node') {
      this.finish({ kind: 'crashed', message: `could not raise the stack limit to ${STACK_KIB} KiB (ulimit -s); kata needs it for deep recursion`, output: '' });
    } else {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.finish({ kind: 'crashed', message: `the solution process ${how}`, output: this.stray });
    }
  }

  /**
   * Whether an abort is credibly V8's heap limit: the process's memory reached the limit. Any other abort
   * (a failed check inside Node, which a solution can provoke) is a crash, whatever was printed.
   */
  private nearLimit(): boolean {
    const peakKb = Math.max(this.peakKb - this.baseline.rssKb, ((this.cgroup?.peak() ?? 0) - this.baseline.cgroupBytes) / 1024);
    return peakKb >= this.options.memoryMb * 1024 * NEAR_LIMIT;
  }

  /** The CPU limit, polled with memory: a solution that computes past its limit is stopped there, not at the wall limit. */
  private checkLimits(timeLimitMs: number): void {
    const pending = this.pending;
    if (pending && !pending.replied && (this.clock.ticks() - pending.cpuTicks) * MS_PER_TICK > timeLimitMs + KILL_MARGIN_MS) {
      this.finish({ kind: 'timeout', timeMs: pending.wall.waitedMs() }, true);
      return;
    }
    this.checkMemory();
  }

  private checkMemory(): void {
    const pid = this.exited ? null : this.solutionPid();
    const resident = pid === null ? null : residentKb(pid);
    const rssKb = resident?.rss ?? null;
    this.peakKb = Math.max(this.peakKb, resident?.peak ?? 0);
    // In its own network namespace, what the sandbox queues in TCP sockets is its own, and counts.
    const socketKb = pid !== null && this.isolation.mode === 'os' ? tcpQueuedBytes(pid) / 1024 : 0;
    const cgroupKb = ((this.cgroup?.usage() ?? 0) - this.baseline.cgroupBytes) / 1024;
    const usedKb = Math.max((rssKb ?? 0) - this.baseline.rssKb + socketKb, cgroupKb);
    if (usedKb > this.options.memoryMb * 1024) this.finish({ kind: 'memory', peakMb: Math.round(usedKb / 1024) });
  }

  private keepStray(chunk: Buffer): void {
    this.stray = withStray(this.stray, chunk);
  }
}

/** A reply may legitimately hold as much as the solution's memory; decoding gets twice that, at least 512 MB. */
function decodeHeapMb(memoryMb: number): number {
  return Math.max(512, memoryMb * 2);
}

const SIGNALS: Record<number, NodeJS.Signals> = { 4: 'SIGILL', 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM', 25: 'SIGXFSZ', 31: 'SIGSYS' };

function signalName(number: number): NodeJS.Signals | null {
  return SIGNALS[number] ?? null;
}
