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
  /** The length of the frame being read, once its header is in. */
  private expected: number | null = null;

  constructor(private readonly maxFrameBytes: number) {}

  /**
   * The frames completed by this chunk; throws FrameError for a frame over the size limit.
   * Chunks are joined only when a frame is complete, so reading costs linear time in its size.
   */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      if (this.expected === null) {
        if (this.buffered < HEADER) return frames;
        this.expected = this.join().readUInt32BE(0);
        if (this.expected > this.maxFrameBytes) throw new FrameError(`a message of ${this.expected} bytes, over the ${this.maxFrameBytes}-byte limit`);
      }
      if (this.buffered < HEADER + this.expected) return frames;
      const all = this.join();
      frames.push(all.subarray(HEADER, HEADER + this.expected));
      const rest = all.subarray(HEADER + this.expected);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.buffered = rest.length;
      this.expected = null;
    }
  }

  private join(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)];
    return this.chunks[0]!;
  }
}
