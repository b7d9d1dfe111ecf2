/** `kata judge --complexity` as a user runs it: the sentence, the plot, the exit codes. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWorkspace, kata, REPO, temporaryFolder } from '../helpers.ts';

describe('kata judge --complexity', () => {
  it('refuses a problem without a generator with a usage error that says why', () => {
    const ws = copyWorkspace();
    const result = kata(ws, 'judge', 'add', '--complexity', '--solution', 'problems/add/reference.ts');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('add has no generator.ts, so kata cannot make its inputs at growing sizes for --complexity');
    expect(result.stderr).toContain('hint:');
    // Nothing of a report starts on standard output for a command that will not run.
    expect(result.stdout).toBe('');
  });

  it('says how the solution and the reference grow, and plots both on log-log axes', () => {
    const ws = temporaryFolder('kata-complexity-ws-');
    cpSync(join(REPO, 'tests', 'fixtures', 'complexity'), ws, { recursive: true });
    const result = kata(ws, 'judge', 'max-pair-sum', '--complexity', '--solution', 'solutions/quadratic.ts');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/your solution grows like n\^\d\.\d \([^)]+\); the reference grows like n\^\d\.\d \([^)]+\)/);
    expect(result.stdout).toContain('● your solution   ○ reference');
    expect(result.stdout).toMatch(/ms ┤/);
    expect(result.stdout).toMatch(/└─+\n\s+8 +\d+  n \(log scale\)/);
    expect(result.stdout).toContain('your solution: n = 8 to ');
  }, 120_000);
});
