/**
 * The judge's side of decoding replies: small frames inline, large ones in a worker thread whose
 * heap is limited, so that no frame, however it expands, can exhaust the judge's memory. A frame of
 * up to INLINE_BYTES holds at most a few hundred thousand values, which decode in bounded memory.
 * Each sandbox has its own worker, started on its first large frame and stopped with the sandbox, so
 * one solution's frame cannot hold up another's.
 */
import { Worker } from 'node:worker_threads';
import type { ChildMessage } from './protocol.ts';
import { decodeFrame } from './reply.ts';

export type Decoded = { ok: true; message: ChildMessage | null } | { ok: false; reason: string };

const INLINE_BYTES = 1024 * 1024;
/** Decoding the largest frame allowed (256 MB) of plain data takes about two seconds. */
const DECODE_LIMIT_MS = 5000;

export function decodeInline(frame: Buffer): Decoded {
  try {
    return { ok: true, message: decodeFrame(frame) };
  } catch (error) {
    // A value nested too deeply to decode, or bytes that are not a message.
    return { ok: false, reason: (error as Error)?.name ?? 'Error' };
  }
}

export class Decoder {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly heapMb: number,
  ) {}

  decode(frame: Buffer): Decoded | Promise<Decoded> {
    if (frame.length <= INLINE_BYTES) return decodeInline(frame);
    const result = this.queue.then(() => this.decodeNow(frame));
    this.queue = result;
    return result;
  }

  /** Stops the worker, settling a decode in progress as a failure. */
  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }

  private decodeNow(frame: Buffer): Promise<Decoded> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve) => {
      // A frame built to expand thrashes the worker's heap for seconds before it runs out: give up sooner.
      const timer = setTimeout(() => {
        this.stop();
        done({ ok: false, reason: 'too slow to decode' });
      }, DECODE_LIMIT_MS);
      const done = (decoded: Decoded) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(decoded);
      };
      const onMessage = (decoded: Decoded) => done(decoded);
      const onExit = () => {
        this.worker = null;
        done({ ok: false, reason: 'too large once decoded' });
      };
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage(frame);
    });
  }

  private start(): Worker {
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 } });
    // An out-of-memory worker reports an error, then exits: the exit settles the pending decode.
    worker.on('error', () => undefined);
    worker.unref();
    return worker;
  }
}
