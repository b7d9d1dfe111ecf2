import { describe, expect, it } from 'vitest';
import { credibleTimes, MAX_RUNS, median, MIN_RUNS, repeatRuns } from '../../../src/judge/timing.ts';
import { readReply } from '../../../src/judge/sandbox/protocol.ts';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('repeatRuns', () => {
  it('repeats a tiny call the most times, a call near the fast bound the fewest', () => {
    expect(repeatRuns(0.001)).toBe(MAX_RUNS);
    expect(repeatRuns(50)).toBe(MIN_RUNS);
    expect(repeatRuns(30)).toBe(5);
  });
});

describe('credibleTimes', () => {
  const timings = (times: number[], elapsedMs: number, cpuMs: number) => ({ kind: 'timings' as const, times, elapsedMs, waitedMs: elapsedMs, cpuMs });

  it('takes times that the judge\'s own clocks agree with', () => {
    expect(credibleTimes(timings([1, 2, 3], 10, 0))).toEqual([1, 2, 3]);
    expect(credibleTimes(timings([40, 40, 40], 130, 120))).toEqual([40, 40, 40]);
  });

  it('refuses times longer than the request took, far from the CPU used, too few, or a failed repeat', () => {
    expect(credibleTimes(timings([5, 5, 5], 10, 0))).toBeNull();
    expect(credibleTimes(timings([1, 1, 1], 400, 300))).toBeNull();
    expect(credibleTimes(timings([1, 1], 10, 0))).toBeNull();
    expect(credibleTimes({ kind: 'timeout', timeMs: 3000 })).toBeNull();
  });
});

describe('timing replies from the sandbox', () => {
  it('reads a list of times, and refuses one that is not', () => {
    expect(readReply({ type: 'timings', nonce: 2, times: [0.1, 0.2] })).toEqual({ type: 'timings', nonce: 2, times: [0.1, 0.2] });
    expect(readReply({ type: 'timings', nonce: 2, times: [-1] })).toBeNull();
    expect(readReply({ type: 'timings', nonce: 2, times: new Array(1000).fill(1) })).toBeNull();
    expect(readReply({ type: 'timings', nonce: 2 })).toBeNull();
  });

  it('reads a heap figure with an answer only when it is a count', () => {
    const reply = { type: 'returned', nonce: 1, timeMs: 1, output: '', outputBytes: 0, value: 3 };
    expect(readReply({ ...reply, heapBytes: 2048 })).toMatchObject({ heapBytes: 2048 });
    expect(readReply({ ...reply, heapBytes: 'lots' })).toBeNull();
  });
});
