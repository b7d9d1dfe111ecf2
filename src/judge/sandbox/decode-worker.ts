/**
 * Runs in a worker thread of the judge, under a heap limit: decodes one large reply frame, so that a
 * frame built to expand (millions of empty Maps from a few bytes each) exhausts this worker's heap,
 * not the judge's. What it posts back was built within that limit, so copying it is bounded too.
 */
import { parentPort } from 'node:worker_threads';
import { decodeFrame } from './reply.ts';

parentPort!.on('message', (frame: Uint8Array) => {
  try {
    parentPort!.postMessage({ ok: true, message: decodeFrame(frame) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, reason: (error as Error)?.name ?? 'Error' });
  }
});
