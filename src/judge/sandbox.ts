/**
 * One sandboxed child process per solution, reused across its cases.
 *
 * The child runs under Node's permission model with an empty environment: it
 * may read only the compiled harness, node classes and solution; it cannot
 * write files, spawn processes or start workers. Limits: a watchdog per case
 * (SIGKILL on expiry), V8's heap limit plus a resident-memory poll, and a
 * 64 MiB stack so that recursion 10^5 deep works.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Runtime } from './compile.ts';
import type { ChildMessage, InitRequest, ThrownError } from './sandbox/protocol.ts';

/** How long past its time limit a case may run before it is killed: covers IPC and decoding. */
export const KILL_MARGIN_MS = 250;
const STACK_KIB = 64 * 1024;
const V8_STACK_KIB = 60_000;
const MEMORY_POLL_MS = 15;
const STRAY_OUTPUT_CAP = 16 * 1024;

export interface CaseOutput {
  output: string;
  outputBytes: number;
}

export type RunOutcome =
  | (CaseOutput & { kind: 'returned'; value: unknown; timeMs: number; ignoredReturn: boolean })
  | (CaseOutput & { kind: 'bad-answer'; reason: string; timeMs: number })
  | (CaseOutput & { kind: 'threw'; error: ThrownError; timeMs: number; step?: number })
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

type Settle = (outcome: RunOutcome | LoadOutcome) => void;

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) killGroup(child);
});

export function permissionFlag(): string {
  return process.allowedNodeEnvironmentFlags.has('--permission') ? '--permission' : '--experimental-permission';
}

export class Sandbox {
  private readonly child: ChildProcess;
  private pending: { settle: Settle; nonce: number } | null = null;
  private exited = false;
  private readonly ended: Promise<void>;
  private stray = '';
  private nonce = 0;
  private readonly memoryLimitKb: number;

  constructor(private readonly options: SandboxOptions) {
    this.memoryLimitKb = options.memoryMb * 1024;
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
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
      env: {},
      detached: true,
    });
    live.add(this.child);
    this.ended = new Promise((resolve) => this.child.once('close', () => resolve()));
    this.child.stdout!.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => this.keepStray(chunk));
    this.child.on('message', (message: ChildMessage) => this.onMessage(message));
    this.child.on('exit', (code, signal) => this.onExit(code, signal));
    this.child.on('error', (error) => this.finish({ kind: 'crashed', message: `could not start the sandbox: ${error.message}`, output: '' }));
  }

  /** Loads the solution; the time limit covers code that runs at import time. */
  load(timeLimitMs: number): Promise<LoadOutcome> {
    return this.await(0, timeLimitMs, () => {
      const init: InitRequest = {
        type: 'init',
        solutionUrl: pathToFileURL(this.options.solutionFile).href,
        structuresUrl: pathToFileURL(this.options.runtime.structures).href,
        call: this.options.call,
      };
      this.child.send(init);
    }) as Promise<LoadOutcome>;
  }

  run(payload: Uint8Array, seed: number, timeLimitMs: number): Promise<RunOutcome> {
    const nonce = ++this.nonce;
    return this.await(nonce, timeLimitMs, () => this.child.send({ type: 'case', nonce, payload, seed })) as Promise<RunOutcome>;
  }

  /** Kills the process; resolves once it is gone, so no judgment leaves a process behind. */
  dispose(): Promise<void> {
    this.exited = true;
    killGroup(this.child);
    live.delete(this.child);
    return this.ended;
  }

  get alive(): boolean {
    return !this.exited;
  }

  private await(nonce: number, timeLimitMs: number, start: () => void): Promise<RunOutcome | LoadOutcome> {
    if (this.exited) return Promise.resolve({ kind: 'crashed', message: 'the solution process had already ended', output: this.stray });
    return new Promise((resolve) => {
      const started = performance.now();
      const watchdog = setTimeout(() => this.finish({ kind: 'timeout', timeMs: performance.now() - started }, true), timeLimitMs + KILL_MARGIN_MS);
      const poll = setInterval(() => this.checkMemory(), MEMORY_POLL_MS);
      this.pending = {
        nonce,
        settle: (outcome) => {
          clearTimeout(watchdog);
          clearInterval(poll);
          resolve(clampTime(outcome as RunOutcome | LoadOutcome, performance.now() - started));
        },
      };
      try {
        start();
      } catch (error) {
        this.finish({ kind: 'crashed', message: `could not reach the solution process: ${(error as Error).message}`, output: this.stray });
      }
    });
  }

  private finish(outcome: RunOutcome | LoadOutcome, kill = false): void {
    const pending = this.pending;
    this.pending = null;
    if (kill || outcome.kind === 'memory') void this.dispose();
    pending?.settle(outcome);
  }

  private onMessage(message: ChildMessage): void {
    const pending = this.pending;
    const nonce = 'nonce' in message ? message.nonce : 0;
    if (message.type === 'exited') {
      this.stray += message.output;
      return; // the exit event follows and reports it
    }
    if (!pending || pending.nonce !== nonce) {
      // One reply per request: anything unsolicited is the solution misbehaving.
      this.finish({ kind: 'crashed', message: 'the solution process sent a message the judge did not ask for', output: '' }, true);
      return;
    }
    this.finish(toOutcome(message));
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    live.delete(this.child);
    if (!this.pending) return;
    if (/Reached heap limit|heap out of memory/i.test(this.stray)) {
      this.finish({ kind: 'memory', peakMb: this.options.memoryMb });
    } else if (code === 97) {
      this.finish({ kind: 'crashed', message: `could not raise the stack limit to ${STACK_KIB} KiB (ulimit -s); kata needs it for deep recursion`, output: '' });
    } else {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      this.finish({ kind: 'crashed', message: `the solution process ${how}`, output: this.stray });
    }
  }

  private checkMemory(): void {
    const pid = this.child.pid;
    if (pid === undefined || this.exited) return;
    const rssKb = readStatusField(pid, 'VmRSS');
    if (rssKb !== null && rssKb > this.memoryLimitKb) this.finish({ kind: 'memory', peakMb: Math.round(rssKb / 1024) });
  }

  private keepStray(chunk: Buffer): void {
    if (this.stray.length < STRAY_OUTPUT_CAP) this.stray += chunk.toString('utf8', 0, STRAY_OUTPUT_CAP - this.stray.length);
  }
}

function toOutcome(message: ChildMessage): RunOutcome | LoadOutcome {
  switch (message.type) {
    case 'ready':
      return { kind: 'ready' };
    case 'load-failed':
      return { kind: 'load-failed', verdict: message.verdict, error: message.error };
    case 'returned':
      return { kind: 'returned', value: message.value, timeMs: message.timeMs, ignoredReturn: message.ignoredReturn === true, output: message.output, outputBytes: message.outputBytes };
    case 'bad-answer':
      return { kind: 'bad-answer', reason: message.reason, timeMs: message.timeMs, output: message.output, outputBytes: message.outputBytes };
    case 'threw':
      return { kind: 'threw', error: message.error, timeMs: message.timeMs, output: message.output, outputBytes: message.outputBytes, ...(typeof message.step === 'number' && { step: message.step }) };
    default:
      return { kind: 'crashed', message: 'the solution process sent a malformed message', output: '' };
  }
}

/**
 * The child's own clock excludes decoding and IPC, so it is the one reported; but the child is
 * untrusted, so its figure may never be below zero nor above what the judge itself measured.
 */
function clampTime<T extends RunOutcome | LoadOutcome>(outcome: T, elapsedMs: number): T {
  if (!('timeMs' in outcome)) return outcome;
  const claimed = outcome.timeMs;
  const timeMs = typeof claimed === 'number' && claimed >= 0 && claimed <= elapsedMs ? claimed : elapsedMs;
  return { ...outcome, timeMs };
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

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
