import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameError, FrameReader } from '../../../../src/judge/sandbox/frames.ts';

describe('frames', () => {
  it('reads frames split across chunks, and several frames in one chunk', () => {
    const bytes = Buffer.concat([encodeFrame(Buffer.from('hello')), encodeFrame(Buffer.from('')), encodeFrame(Buffer.from('world!'))]);
    const reader = new FrameReader(1024);
    const frames: string[] = [];
    for (let i = 0; i < bytes.length; i += 3) frames.push(...reader.push(bytes.subarray(i, i + 3)).map((frame) => frame.toString()));
    expect(frames).toEqual(['hello', '', 'world!']);
  });

  it('refuses a frame over the size limit as soon as its header arrives', () => {
    const reader = new FrameReader(10);
    expect(() => reader.push(Buffer.from([0, 0, 0, 11]))).toThrow(FrameError);
  });

  it('reads a large frame in many small chunks in linear time', () => {
    const payload = Buffer.alloc(32 * 1024 * 1024, 7);
    const frame = encodeFrame(payload);
    const reader = new FrameReader(64 * 1024 * 1024);
    let done: Buffer[] = [];
    for (let i = 0; i < frame.length; i += 64 * 1024) done = done.concat(reader.push(frame.subarray(i, i + 64 * 1024)));
    // 512 chunks: rebuilding the buffer on each one would copy about 8 GB and take seconds.
    expect(done).toHaveLength(1);
    expect(done[0]!.equals(payload)).toBe(true);
  });
});
