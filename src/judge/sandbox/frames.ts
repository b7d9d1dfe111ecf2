/**
 * Length-prefixed frames on a pipe: the channel between the judge and the
 * sandbox. Used on both sides; imports nothing, so the sandbox can load it.
 * The judge never lets Node parse what the sandbox sends (Node's own IPC
 * would throw inside its internals on a hostile message, out of reach of any
 * try/catch); it reads bytes, and decodes each frame itself.
 */
export class FrameError extends Error {}

const HEADER = 4;

export function encodeFrame(payload: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(HEADER + payload.length);
  frame.writeUInt32BE(payload.length, 0);
  frame.set(payload, HEADER);
  return frame;
}

export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  constructor(private readonly maxFrameBytes: number) {}

  /** The frames completed by this chunk; throws FrameError for a frame over the size limit. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.buffered < HEADER) return frames;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.buffered);
      this.chunks = [all];
      const length = all.readUInt32BE(0);
      if (length > this.maxFrameBytes) throw new FrameError(`a message of ${length} bytes, over the ${this.maxFrameBytes}-byte limit`);
      if (all.length < HEADER + length) return frames;
      frames.push(all.subarray(HEADER, HEADER + length));
      const rest = all.subarray(HEADER + length);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
    }
  }
}
