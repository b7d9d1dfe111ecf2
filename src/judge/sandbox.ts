/**
 * One sandboxed child process per solution, reused across its cases.
 *
 * The child runs under Node's permission model with an empty environment: it
 * may read only the compiled harness, node classes and solution; it cannot
 * write files, spawn processes or start workers. Requests go to its stdin and
 * replies come back as frames on a pipe that the judge decodes itself, so no
 * message can crash the judge. Between requests the child is stopped
 * (SIGSTOP), so nothing it left running can use CPU or memory. Limits: a
 * watchdog per request (SIGKILL on expiry), the judge's own clock for TLE,
 * V8's heap limit plus a resident-memory poll, and a 64 MiB stack so that
 * recursion 10^5 deep works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DefaultDeserializer, serialize } from 'node:v8';
import type { Runtime } from './compile.ts';
import { encodeFrame, FrameError, FrameReader } from './sandbox/frames.ts';
import { readReply, type ChildMessage, type InitRequest, type ParentMessage, type ThrownError } from './sandbox/protocol.ts';

/** How long past its time limit a case may run before it is killed: covers messages and decoding. */
const KILL_MARGIN_MS = 250;
const STACK_KIB = 64 * 1024;
const V8_STACK_KIB = 60_000;
const MEMORY_POLL_MS = 15;
const STRAY_OUTPUT_CAP = 16 * 1024;
const MAX_REPLY_BYTES = 256 * 1024 * 1024;
/** Linux reports CPU time in ticks of 1/100 s. */
const MS_PER_TICK = 10;

export interface CaseOutput {
  output: string;
  outputBytes: number;
}

/** Times measured by the judge itself, whatever the child claims. */
export interface Measured {
  /** From sending the request to receiving the reply. */
  elapsedMs: number;
  /** CPU time the child used meanwhile, to the nearest 10 ms. */
  cpuMs: number;
}

export type RunOutcome =
  | (CaseOutput & Measured & { kind: 'returned'; value: unknown; timeMs: number; ignoredReturn: boolean })
  | (CaseOutput & Measured & { kind: 'bad-answer'; reason: string; timeMs: number })
  | (CaseOutput & Measured & { kind: 'threw'; error: ThrownError; timeMs: number; step?: number })
  | { kind: 'timeout'; timeMs: number }
  | { kind: 'memory'; peakMb: number }
  | { kind: 'crashed'; message: string; output: string };

export type LoadOutcome =
  | { kind: 'ready' }
  | { kind: 'load-failed'; verdict: 'CE' | 'RE'; error: ThrownError }
  | Exclude<RunOutcome, { kind: 'returned' | 'bad-answer' | 'threw' }>;

export interface SandboxOptions {
  runtime: Runtime;
  solutionFile: string;
  call: InitRequest['call'];
  memoryMb: number;
}

interface Pending {
  /** 0 while loading; a case's nonce after. */
  nonce: number;
  started: number;
  cpuTicks: number;
  settle: (outcome: RunOutcome | LoadOutcome) => void;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) signalGroup(child, 'SIGKILL');
});

function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

export class Sandbox {
  private readonly child: ChildProcess;
  private readonly ended: Promise<void>;
  private readonly replies = new FrameReader(MAX_REPLY_BYTES);
  private pending: Pending | null = null;
  private exited = false;
  private stray = '';
  private nonce = 0;
  /** Why the process was killed when no request was pending, for the next request to report. */
  private deathNote = 'the solution process had already ended';

  private readonly workDir = mkdtempSync(join(tmpdir(), 'kata-sandbox-'));

  constructor(private readonly options: SandboxOptions) {
    const readable = [...options.runtime.files, options.solutionFile];
    const node = [
      permissionFlag(),
      ...readable.map((file) => `--allow-fs-read=${file}`),
      `--stack-size=${V8_STACK_KIB}`,
      `--max-old-space-size=${options.memoryMb}`,
      '--enable-source-maps',
      '--no-warnings',
      options.runtime.harness,
    ];
    // The shell raises the stack limit for the process it then becomes; V8's own limit stays below it.
    this.child = spawn('/bin/sh', ['-c', `ulimit -s ${STACK_KIB} || exit 97; exec "$0" "$@"`, process.execPath, ...node], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
      env: {},
      detached: true,
      // An empty folder: whatever Node itself might write relative to the working directory lands nowhere that matters.
      cwd: this.workDir,
    });
    live.add(this.child);
    this.ended = new Promise((resolve) =>
      this.child.once('close', () => {
        rmSync(this.workDir, { recursive: true, force: true });
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

  /** Loads the solution; the time limit covers code that runs at import time. */
  load(timeLimitMs: number): Promise<LoadOutcome> {
    const init: InitRequest = {
      type: 'init',
      solutionUrl: pathToFileURL(this.options.solutionFile).href,
      structuresUrl: pathToFileURL(this.options.runtime.structures).href,
      call: this.options.call,
    };
    return this.request(0, timeLimitMs, init) as Promise<LoadOutcome>;
  }

  run(payload: Uint8Array, seed: number, timeLimitMs: number): Promise<RunOutcome> {
    const nonce = ++this.nonce;
    return this.request(nonce, timeLimitMs, { type: 'case', nonce, payload, seed }) as Promise<RunOutcome>;
  }

  /** Kills the process; resolves once it is gone, so no judgment leaves a process behind. */
  dispose(): Promise<void> {
    this.exited = true;
    signalGroup(this.child, 'SIGKILL');
    live.delete(this.child);
    return this.ended;
  }

  get alive(): boolean {
    return !this.exited;
  }

  private request(nonce: number, timeLimitMs: number, message: ParentMessage): Promise<RunOutcome | LoadOutcome> {
    if (this.exited) return Promise.resolve({ kind: 'crashed', message: this.deathNote, output: this.stray });
    return new Promise((resolve) => {
      const watchdog = setTimeout(() => this.finish({ kind: 'timeout', timeMs: performance.now() - started }, true), timeLimitMs + KILL_MARGIN_MS);
      const poll = setInterval(() => this.checkMemory(), MEMORY_POLL_MS);
      const started = performance.now();
      this.pending = {
        nonce,
        started,
        cpuTicks: this.cpuTicks(),
        settle: (outcome) => {
          clearTimeout(watchdog);
          clearInterval(poll);
          resolve(outcome);
        },
      };
      signalGroup(this.child, 'SIGCONT');
      this.child.stdin!.write(encodeFrame(serialize(message)));
    });
  }

  private finish(outcome: RunOutcome | LoadOutcome, kill = false): void {
    const pending = this.pending;
    this.pending = null;
    if (kill || outcome.kind === 'memory' || outcome.kind === 'crashed') void this.dispose();
    // Nothing the solution left behind (timers, promises) may run between requests.
    else signalGroup(this.child, 'SIGSTOP');
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
    for (const frame of frames) this.onFrame(frame);
  }

  private onFrame(frame: Buffer): void {
    let message: ChildMessage | null;
    try {
      message = readReply(decodeWhole(frame));
    } catch (error) {
      // A value nested too deeply to decode, or bytes that are not a message.
      this.breach(`a reply the judge cannot decode (${(error as Error).name})`);
      return;
    }
    const pending = this.pending;
    const expected = pending?.nonce === 0 ? ['ready', 'load-failed'] : ['returned', 'bad-answer', 'threw'];
    const nonce = message && 'nonce' in message ? message.nonce : 0;
    if (!message || !pending || !expected.includes(message.type) || nonce !== pending.nonce) {
      // One well-formed reply per request: anything else is the solution writing to the judge's channel.
      this.breach(message ? 'a message the judge did not ask for' : 'a malformed message');
      return;
    }
    this.finish(this.toOutcome(message, pending));
  }

  private breach(what: string): void {
    this.deathNote = `the solution process sent ${what}`;
    this.finish({ kind: 'crashed', message: this.deathNote, output: '' }, true);
  }

  private toOutcome(message: ChildMessage, pending: Pending): RunOutcome | LoadOutcome {
    if (message.type === 'ready') return { kind: 'ready' };
    if (message.type === 'load-failed') return { kind: 'load-failed', verdict: message.verdict, error: message.error };
    const measured = { elapsedMs: performance.now() - pending.started, cpuMs: (this.cpuTicks() - pending.cpuTicks) * MS_PER_TICK };
    const common = { ...measured, timeMs: message.timeMs, output: message.output, outputBytes: message.outputBytes };
    if (message.type === 'returned') return { kind: 'returned', ...common, value: message.value, ignoredReturn: message.ignoredReturn === true };
    if (message.type === 'bad-answer') return { kind: 'bad-answer', ...common, reason: message.reason };
    return { kind: 'threw', ...common, error: message.error, ...(message.step !== undefined && { step: message.step }) };
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    live.delete(this.child);
    if (!this.pending) return;
    // V8 aborts when the heap limit is reached; the solution cannot abort (process.abort is removed).
    if (signal === 'SIGABRT') {
      this.finish({ kind: 'memory', peakMb: this.options.memoryMb });
    } else if (code === 97) {
      this.finish({ kind: 'crashed', message: `could not raise the stack limit to ${STACK_KIB} KiB (ulimit -s); kata needs it for deep recursion`, output: '' });
    } else {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.finish({ kind: 'crashed', message: `the solution process ${how}`, output: this.stray });
    }
  }

  private checkMemory(): void {
    const rssKb = this.child.pid === undefined || this.exited ? null : readStatusField(this.child.pid, 'VmRSS');
    if (rssKb !== null && rssKb > this.options.memoryMb * 1024) this.finish({ kind: 'memory', peakMb: Math.round(rssKb / 1024) });
  }

  /** utime + stime of the child, from /proc/<pid>/stat. */
  private cpuTicks(): number {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  }

  private keepStray(chunk: Buffer): void {
    if (this.stray.length < STRAY_OUTPUT_CAP) this.stray += chunk.toString('utf8', 0, STRAY_OUTPUT_CAP - this.stray.length);
  }
}

/**
 * The value a frame holds, refusing bytes after it: v8.deserialize would ignore them, which would let
 * a solution swallow the harness's own reply inside a frame it wrote itself.
 */
function decodeWhole(frame: Buffer): unknown {
  const decoder = new DefaultDeserializer(frame);
  decoder.readHeader();
  const value = decoder.readValue();
  // _readRawBytes(0) gives the read position (Node 20 to 24); it is not in Node's typings.
  const position = (decoder as unknown as { _readRawBytes(length: number): number })._readRawBytes(0);
  if (position !== frame.length) throw new TypeError('bytes after the message');
  return value;
}

function readStatusField(pid: number, field: string): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
