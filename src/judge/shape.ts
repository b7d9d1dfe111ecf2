/**
 * A reply must fit the question asked: the sandbox is untrusted, so a reply that decodes but does not
 * fit the problem (a class answer that is not one result per step, a step on a function problem) is
 * the solution writing to the judge's channel, judged RE like any other forged message.
 */
import type { Case } from '../problem/load.ts';
import type { Signature } from '../problem/signature.ts';
import type { RunOutcome } from './sandbox.ts';

const FORGED = 'the solution process sent a reply that does not fit the problem';

export function checkReplyShape(signature: Signature, testCase: Case, outcome: RunOutcome): RunOutcome {
  const problem = shapeProblem(signature, testCase, outcome);
  return problem ? { kind: 'crashed', message: `${FORGED} (${problem})`, output: '' } : outcome;
}

function shapeProblem(signature: Signature, testCase: Case, outcome: RunOutcome): string | null {
  if (outcome.kind !== 'returned' && outcome.kind !== 'threw') return null;
  const steps = signature.kind === 'class' ? (testCase.input.operations as unknown[]).length : 0;
  if (outcome.kind === 'threw') {
    if (outcome.step === undefined) return signature.kind === 'class' ? 'an error without its step' : null;
    if (signature.kind !== 'class') return 'a step on a function problem';
    if (!Number.isInteger(outcome.step) || outcome.step >= steps) return 'a step out of range';
    return Array.isArray(outcome.results) && outcome.results.length === outcome.step ? null : 'not one result per step before the error';
  }
  if (signature.kind !== 'class') return null;
  return Array.isArray(outcome.value) && outcome.value.length === steps ? null : 'not one result per step';
}
