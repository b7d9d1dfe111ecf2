/**
 * The one rule both hosts (a sandboxed process, a thread) hold a reply to: decoded, of a type the
 * request expects, with its nonce. Anything else breaches the channel and ends the solution in RE.
 */
import { describe, expect, it } from 'vitest';
import type { Decoded } from '../../../../src/judge/sandbox/decode.ts';
import type { ChildMessage } from '../../../../src/judge/sandbox/protocol.ts';
import { replyFor, type PendingRequest } from '../../../../src/judge/sandbox/requests.ts';
import { WallClock } from '../../../../src/judge/sandbox/wall.ts';

function pending(nonce: number, expects: ChildMessage['type'][]): PendingRequest {
  return { nonce, expects, wall: new WallClock(), cpuTicks: 0, settle: () => undefined };
}

const returned = (nonce: number): Decoded => ({ ok: true, message: { type: 'returned', nonce, value: 3 } as unknown as ChildMessage });

describe('replyFor', () => {
  it('takes a reply of an expected type with the request nonce', () => {
    const decoded = returned(7);
    expect(replyFor(decoded, pending(7, ['returned', 'threw']))).toEqual({ message: { type: 'returned', nonce: 7, value: 3 } });
  });

  it('calls a reply to another request a message the judge did not ask for', () => {
    expect(replyFor(returned(6), pending(7, ['returned']))).toEqual({ breach: 'a message the judge did not ask for' });
  });

  it('calls a reply of a type the request does not expect a message the judge did not ask for', () => {
    expect(replyFor(returned(7), pending(7, ['timings']))).toEqual({ breach: 'a message the judge did not ask for' });
  });

  it('names a frame that decodes to nothing a malformed message, and one that does not decode by its reason', () => {
    expect(replyFor({ ok: true, message: null }, pending(7, ['returned']))).toEqual({ breach: 'a malformed message' });
    expect(replyFor({ ok: false, reason: 'too deep' }, pending(7, ['returned']))).toEqual({ breach: 'a reply the judge cannot decode (too deep)' });
  });

  it('reads a loading reply, which carries no nonce, as nonce 0', () => {
    const ready: Decoded = { ok: true, message: { type: 'ready' } as ChildMessage };
    expect(replyFor(ready, pending(0, ['ready', 'load-failed']))).toHaveProperty('message');
    expect(replyFor(ready, pending(3, ['ready']))).toEqual({ breach: 'a message the judge did not ask for' });
  });
});
