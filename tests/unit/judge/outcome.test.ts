/** How a class case's failing step is named in a verdict's message: as the solver would write the call. */
import { describe, expect, it } from 'vitest';
import { judgeOutcome, type OutcomeContext } from '../../../src/judge/outcome.ts';
import type { Case, Problem } from '../../../src/problem/load.ts';
import { parseSignature } from '../../../src/problem/signature.ts';

const signature = parseSignature({
  class: 'Ledger',
  constructor: [{ name: 'opening', type: 'bigint' }],
  methods: [{ name: 'deposit', params: [{ name: 'amount', type: 'bigint' }, { name: 'note', type: 'string' }], returns: { type: 'bigint' } }],
});
const problem = { slug: 'ledger', dir: '/nowhere', signature, examples: [], meta: { limits: { timeMs: 1000, memoryMb: 256 } } } as unknown as Problem;
const context: OutcomeContext = { problem, solutionFile: '/nowhere/ledger.ts', solutionLabel: 'solutions/ledger.ts', timeLimitMs: 1000 };
// Case files write bigints as digits: the message shows them as the bigints the solution received.
const testCase: Case = { id: 'example-1', kind: 'example', input: { operations: ['Ledger', 'deposit'], arguments: [['9007199254740993'], ['12345678901234567890', '5']] }, expected: [null, '12345678901234567891'] };
const threw = (step: number) => ({ kind: 'threw' as const, step, error: { name: 'Error', message: 'overdrawn' }, elapsedMs: 1, waitedMs: 1, cpuMs: 0, timeMs: 1, output: '', outputBytes: 0 });

describe('a class step in a message', () => {
  it('shows bigint arguments as bigints, in the constructor and in a method, and strings as strings', async () => {
    expect((await judgeOutcome(context, testCase, threw(0), 1)).message).toContain('at step 0 (new Ledger(9007199254740993n)): ');
    expect((await judgeOutcome(context, testCase, threw(1), 1)).message).toContain('at step 1 (deposit(12345678901234567890n, "5")): ');
  });
});

describe('a call that was stopped', () => {
  it('says, on an example, that the time shown is when it was stopped, with no number that would change from run to run', async () => {
    const stopped = await judgeOutcome(context, testCase, { kind: 'timeout', timeMs: 1271.6 }, 1);
    expect(stopped).toMatchObject({ verdict: 'TLE', timeMs: 1271.6, message: 'did not return within 1000 ms (the time shown is when kata stopped it)' });
  });

  it('gives a hidden case the limit alone: when it was stopped is the solution\'s to choose', async () => {
    const stopped = await judgeOutcome(context, { ...testCase, id: 'hidden-1', kind: 'hidden' }, { kind: 'timeout', timeMs: 1271.6 }, 1);
    expect(stopped).toEqual({ id: 'hidden-1', kind: 'hidden', seed: 1, verdict: 'TLE', timeMs: 1000, message: 'did not return within 1000 ms' });
  });
});
