/**
 * A class case whose last step must throw, through the real CLI and sandbox: the steps before the
 * throw are judged on their results, the last must throw (with the message when the case gives one),
 * and an earlier throw is a runtime error that names its step.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kata, temporaryFolder } from '../helpers.ts';

const ws = temporaryFolder('kata-class-errors-');

const problem = {
  formatVersion: 1,
  title: 'Bounded Stack',
  difficulty: 'easy',
  limits: { timeMs: 1000, memoryMb: 256 },
  signature: {
    class: 'BoundedStack',
    constructor: [{ name: 'capacity', type: 'int' }],
    methods: [
      { name: 'push', params: [{ name: 'x', type: 'int' }], returns: { type: 'void' } },
      { name: 'pop', params: [], returns: { type: 'int' } },
    ],
  },
};

const examples = [
  { input: { operations: ['BoundedStack', 'push', 'pop'], arguments: [[2], [5], []] }, expected: [null, null, 5] },
  { input: { operations: ['BoundedStack', 'push', 'pop', 'pop'], arguments: [[2], [5], [], []] }, expected: [null, null, 5], error: { message: 'empty' } },
  { input: { operations: ['BoundedStack', 'push', 'push', 'push'], arguments: [[2], [1], [2], [3]] }, expected: [null, null, null], error: {} },
];

const solution = (pop: string, push = 'if (this.items.length === this.capacity) throw new Error("full"); this.items.push(x);') => `
export class BoundedStack {
  private items: number[] = [];
  constructor(private capacity: number) {}
  push(x: number): void { ${push} }
  pop(): number { ${pop} }
}
`;

beforeAll(() => {
  const dir = join(ws, 'problems', 'bounded-stack');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(ws, 'solutions'));
  writeFileSync(join(dir, 'problem.json'), JSON.stringify(problem));
  writeFileSync(join(dir, 'examples.json'), JSON.stringify(examples));
  writeFileSync(join(dir, 'statement.md'), '# Bounded Stack\n\npop on an empty stack throws Error("empty"); push on a full one throws.\n');
  const right = solution('if (this.items.length === 0) throw new Error("empty"); return this.items.pop()!;');
  writeFileSync(join(dir, 'reference.ts'), right);
  writeFileSync(join(ws, 'solutions', 'right.ts'), right);
  writeFileSync(join(ws, 'solutions', 'sentinel.ts'), solution('return this.items.pop() ?? -1;'));
  writeFileSync(join(ws, 'solutions', 'wrong-message.ts'), solution('if (this.items.length === 0) throw new Error("underflow"); return this.items.pop()!;'));
  writeFileSync(join(ws, 'solutions', 'early.ts'), solution('if (this.items.length === 0) throw new Error("empty"); return this.items.pop()!;', 'if (this.items.length >= 1) throw new Error("full"); this.items.push(x);'));
});

// The type check is not the point here, and skipping it keeps each run short.
const test = (name: string) => kata(ws, 'test', 'bounded-stack', '--no-typecheck', '--solution', join(ws, 'solutions', name));

describe('class cases that expect the last step to throw', () => {
  it('accepts a solution that returns the earlier results and throws at the last step', () => {
    const result = test('right.ts');
    expect(result.stdout).toMatch(/✓ example-1 .*\n +✓ example-2 .*\n +✓ example-3 /);
    expect(result.status).toBe(0);
  });

  it('gives WA, naming the step, when the last step returns instead of throwing', () => {
    const result = test('sentinel.ts');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('expected the last step, 3 (pop()), to throw, but it returned');
  });

  it('gives WA when the last step throws another message than the case gives', () => {
    const result = test('wrong-message.ts');
    expect(result.stdout).toContain('threw "underflow", expected the message "empty"');
  });

  it('gives RE naming the step when an earlier step throws', () => {
    const result = test('early.ts');
    expect(result.stdout).toContain('RE');
    expect(result.stdout).toMatch(/example-3 +RE .*at step 2 \(push\(2\)\): Error: full at solutions\/early\.ts:\d+:\d+; only the last step, 3 \(push\(3\)\), should throw/);
  });
});
