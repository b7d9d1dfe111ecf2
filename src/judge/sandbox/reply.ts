/**
 * Decoding a reply frame from the sandbox, refusing bytes after the message: v8.deserialize would
 * ignore them, which would let a solution swallow the harness's own reply inside a frame it wrote.
 * Imports only what the decode worker can load.
 */
import { DefaultDeserializer } from 'node:v8';
import { readReply, type ChildMessage } from './protocol.ts';

export function decodeFrame(frame: Uint8Array): ChildMessage | null {
  const bytes = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength);
  const decoder = new DefaultDeserializer(bytes);
  decoder.readHeader();
  const value = decoder.readValue();
  // _readRawBytes(0) gives the read position (Node 20 to 24); it is not in Node's typings.
  const position = (decoder as unknown as { _readRawBytes(length: number): number })._readRawBytes(0);
  if (position !== bytes.length) throw new TypeError('bytes after the message');
  return readReply(value);
}
