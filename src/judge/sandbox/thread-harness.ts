/**
 * The entry point of a harness in a worker thread of kata itself: kata test's fast path for a solver's
 * own solution, where starting a sandboxed process would cost more than the examples. It locks what it
 * can down (see lockdown.ts), then serves requests that arrive as messages (see serve.ts).
 */
import { readlinkSync } from 'node:fs';
import { type MessagePort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { lockDown, type ThreadReads } from './lockdown.ts';
import type { ParentMessage } from './protocol.ts';
import { captureOutput, serveMessages } from './serve.ts';

// The judge's private channel (thread-sandbox.ts), taken out of workerData before the solution can look there.
const port = (workerData as { port: MessagePort }).port;
delete (workerData as { port?: MessagePort }).port;
const post = port.postMessage.bind(port);
// "<pid>/task/<tid>": the judge reads this thread's CPU time from /proc by it (Linux only; elsewhere
// the wall-clock watchdog is the limit, as it is for a sandboxed process there).
const thread = threadId();
// Stack traces name the solution's own lines, as --enable-source-maps does for a sandboxed process.
process.setSourceMapsEnabled(true);
const readable: ThreadReads = new Set();
lockDown(captureOutput, readable);
const onRequest = serveMessages((message) => post(message), thread !== undefined && Number.isInteger(thread) && thread > 0 ? thread : undefined);
port.on('message', (request: Uint8Array) => {
  // The files the judge names in its init request are the only ones Node's loader may then read.
  const message = deserialize(request) as ParentMessage;
  if (message.type === 'init') for (const url of [message.solutionUrl, message.structuresUrl]) if (typeof url === 'string') readable.add(fileURLToPath(url));
  onRequest(message);
});

function threadId(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}
