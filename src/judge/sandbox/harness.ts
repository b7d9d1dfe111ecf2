/**
 * The entry point of the sandboxed child process. It locks the process down, then serves requests that
 * arrive as frames on stdin, replying with frames on fd 3 (see serve.ts for what it answers).
 */
import * as fs from 'node:fs';
import { lockDown } from './lockdown.ts';
import { encodeFrame, FrameReader } from './frames.ts';
import { captureOutput, serve } from './serve.ts';

const REPLY_FD = 3;
const writeSync = fs.writeSync;
const input = process.stdin;

const exit = lockDown(captureOutput);
const onRequest = serve(reply);
const reader = new FrameReader(64 * 1024 * 1024);
// The judge is gone: nothing will ask again (the interval set by lockDown would keep the process alive).
input.on('end', () => exit(0));
input.on('data', (chunk: Buffer) => {
  for (const frame of reader.push(chunk)) onRequest(frame);
});

function reply(message: Uint8Array): void {
  const frame = encodeFrame(message);
  let offset = 0;
  while (offset < frame.length) {
    try {
      offset += writeSync(REPLY_FD, frame, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}
