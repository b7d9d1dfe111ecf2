/** kata's SHA-256 in JavaScript (src/util/hash.ts), against node:crypto's. */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/util/hash.ts';

const reference = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

describe('sha256', () => {
  it('gives the standard digests of "" and "abc"', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto at every length around the block and padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(sha256(bytes), `length ${length}`).toBe(reference(bytes));
    }
  });

  it('agrees with node:crypto on any parts, strings as UTF-8 and bytes', () => {
    const part = fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 300 }));
    fc.assert(fc.property(fc.array(part, { maxLength: 5 }), (parts) => sha256(...parts) === reference(...parts)), { numRuns: 300 });
  });

  it('hashes a buffer that is a view into a larger one by its own bytes', () => {
    const larger = Buffer.from('0123456789abcdef'.repeat(20));
    const view = larger.subarray(7, 150);
    expect(sha256(view)).toBe(reference(view));
  });
});
