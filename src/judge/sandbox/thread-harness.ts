/**
 * The entry point of a harness in a worker thread of kata itself: kata test's fast path for a solver's
 * own solution, where starting a sandboxed process would cost more than the examples. It locks what it
 * can down (see lockdown.ts), then serves requests that arrive as messages (see serve.ts).
 */
import { readlinkSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import url from 'node:url';
import v8 from 'node:v8';
import { lockDown, ThreadReads } from './lockdown.ts';
import type { ParentMessage } from './protocol.ts';
import { captureOutput, serveMessages } from './serve.ts';

// The judge's private channel (thread-sandbox.ts), taken out of workerData before the solution can look there.
const port = (workerData as { port: MessagePort }).port;
delete (workerData as { port?: MessagePort }).port;
const memoryMb = (workerData as { memoryMb: number }).memoryMb;
const post = port.postMessage.bind(port);
// "<pid>/task/<tid>": the judge reads this thread's CPU time from /proc by it (Linux only; elsewhere
// the wall-clock watchdog is the limit, as it is for a sandboxed process there).
const thread = threadId();
// Stack traces name the solution's own lines, as --enable-source-maps does for a sandboxed process.
process.setSourceMapsEnabled(true);
// Taken before the solution loads: it could replace either export, and so rewrite what the judge asks.
const deserialize = v8.deserialize;
const fileURLToPath = url.fileURLToPath;
const readable = new ThreadReads();
lockDown(captureOutput, { reads: readable, memoryMb });
const onRequest = serveMessages((message) => post(message), thread !== undefined && Number.isInteger(thread) && thread > 0 ? thread : undefined);
let opened = false;
port.on('message', (request: Uint8Array) => {
  // The files the judge names in its one init request, sent before the solution loads, are the only
  // ones Node's loader may then read; a later init could only come while solution code has run.
  const message = deserialize(request) as ParentMessage;
  if (message.type === 'init' && !opened) {
    opened = true;
    for (const fileUrl of [message.solutionUrl, message.structuresUrl]) if (typeof fileUrl === 'string') readable.allow(fileURLToPath(fileUrl));
  }
  onRequest(message);
});

function threadId(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}
