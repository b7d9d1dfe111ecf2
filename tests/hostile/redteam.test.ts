/**
 * Red-team attacks whose harm the verdict alone does not show: the judge's own cost, what reaches the
 * report, the verdict under a given isolation layer, and where the sandbox's processes end up. Each
 * solution is in tests/hostile/redteam/. A failing test here is a hole in the judge; each test says which.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/judge/grade/report.ts';
import { chooseIsolation, probeMachine, useIsolation } from '../../src/judge/isolation.ts';
import { judgeSolution } from '../../src/judge/judge.ts';
import type { Judgment } from '../../src/judge/verdict.ts';
import { loadHiddenCases, loadProblem, type Case } from '../../src/problem/load.ts';
import { GRADE_REPORTERS } from '../../src/report/grade/registry.ts';
import { humanReporter } from '../../src/report/human.ts';
import { jsonReporter } from '../../src/report/json.ts';
import { PLAIN } from '../../src/report/style.ts';
import { FIXTURE_WORKSPACE, temporaryFolder } from '../helpers.ts';
import { childrenOf, commandLine, processesNaming } from './outside/watch.ts';

const HERE = join(import.meta.dirname, 'redteam');
const AUTHORING_WORKSPACE = join(import.meta.dirname, '..', 'fixtures', 'authoring');

function judge(workspace: string, slug: string, name: string, options: { cases?: (examples: Case[], hidden: Case[]) => Case[]; typecheck?: boolean; cacheDir?: string; onCase?: () => void } = {}): Promise<Judgment> {
  const problem = loadProblem(workspace, slug);
  const hidden = loadHiddenCases(workspace, problem);
  const cases = options.cases ? options.cases(problem.examples, hidden) : [...problem.examples, ...hidden];
  return judgeSolution({
    problem,
    cases,
    solutionFile: join(HERE, name),
    solutionLabel: `tests/hostile/redteam/${name}`,
    cacheDir: options.cacheDir ?? temporaryFolder('kata-redteam-cache-'),
    ...(options.typecheck !== undefined && { typecheck: options.typecheck }),
    ...(options.onCase && { onCase: options.onCase }),
  });
}

function fullReport(judgment: Judgment): string {
  return [...judgment.cases.map((result) => humanReporter.caseDone(result, PLAIN)), humanReporter.judgmentDone(judgment, PLAIN), jsonReporter.judgmentDone(judgment, PLAIN)].join('\n');
}

describe('red-team attacks checked beyond the verdict', () => {
  afterEach(() => useIsolation(chooseIsolation()));

  it('typecheck-reads-hidden: the type check reads no file but the solution, so no hidden case reaches a message', async () => {
    // The solution's return type is a type query of the problem's hidden.json. Were the compiler to read
    // it, the CE message would print the type, whose keys are the hidden words. It may not: the query
    // does not resolve, the signature is checked without it, and the answer is judged (WA).
    const judgment = await judge(FIXTURE_WORKSPACE, 'counts', 'typecheck-reads-hidden.ts', { typecheck: true });
    expect(['WA', 'CE']).toContain(judgment.verdict);
    const report = fullReport(judgment);
    expect(report, 'the hidden case words are in the report').not.toContain('secret-word');
  });

  it('typed-array-answer: reporting a wrong example answer costs the judge bounded time', async () => {
    // A 12-million-element Uint8Array where int[][] is expected: the verdict is WA, but the human
    // reporter's compactJson takes Object.keys of it (12 million index strings) before it writes a
    // single character. 120 million elements took 3.5 minutes and 5.8 GB.
    const judgment = await judge(FIXTURE_WORKSPACE, 'groups', 'typed-array-answer.ts', { cases: (examples) => examples });
    expect(judgment.verdict).toBe('WA');
    const started = performance.now();
    humanReporter.caseDone(judgment.cases[0]!, PLAIN);
    expect(performance.now() - started, 'ms to report one failed example').toBeLessThan(1000);
  });

  it('sort-bomb: judging a wrong answer under an unordered checker costs the judge bounded time', async () => {
    // 3 000 references to 16 shared one-word rows of 1 MiB each: a few ms of the solution's CPU time,
    // seconds of the judge's (n log n comparisons of megabyte strings, with no budget).
    // Measured as the judge's CPU time, not the wall clock: a loaded machine stretches the one, not the other.
    const started = process.cpuUsage();
    const judgment = await judge(AUTHORING_WORKSPACE, 'group-anagrams', 'sort-bomb.ts', { cases: (examples) => examples.slice(0, 1) });
    const used = process.cpuUsage(started);
    expect(judgment.verdict).toBe('WA');
    expect((used.user + used.system) / 1000, 'ms of the judge\'s CPU to judge one example').toBeLessThan(3000);
  });

  it('sort-bomb-neighbour: a hostile answer does not change the verdict of another solution judged in the same process', async () => {
    // kata grade judges several solutions at once in one process. The neighbour is right and within its
    // limits; while the judge sorts the bomb (synchronously, on its main thread), the neighbour's reply
    // waits unread and its watchdog fires late: TLE for a solution that did nothing wrong.
    const neighbour = judge(FIXTURE_WORKSPACE, 'add', 'neighbour.ts');
    const bomb = judge(AUTHORING_WORKSPACE, 'group-anagrams', 'sort-bomb-neighbour.ts', { cases: (examples) => examples.slice(0, 1) });
    const [innocent, hostile] = await Promise.all([neighbour, bomb]);
    expect(hostile.verdict).toBe('WA');
    expect(innocent.verdict, innocent.cases.map((c) => `${c.id} ${c.verdict} ${c.timeMs} ${c.message ?? ''}`).join('\n')).toBe('AC');
  });

  it('junit-expands-answer: every kata grade reporter renders a report holding a shared wrong answer, in bounded size', async () => {
    // kata grade renders its reporters after judging the whole class; a reporter that throws is exit 3,
    // and no report after it is written. junit writes the example's "actual" with JSON.stringify, which
    // expands the 600 shares of a 1 MB string into 600 million characters: RangeError.
    const judgment = await judge(FIXTURE_WORKSPACE, 'groups', 'junit-expands-answer.ts', { cases: (examples) => examples });
    expect(judgment.verdict).toBe('WA');
    const report = buildReport({ layout: 'class', submitters: ['mallory'], problems: ['groups'], results: [{ ...judgment, submitter: 'mallory' }], unmatched: [], missing: [] });
    const sizes: Record<string, number | string> = {};
    for (const [name, reporter] of Object.entries(GRADE_REPORTERS)) {
      try {
        sizes[name] = reporter.render(report, PLAIN).length;
      } catch (error) {
        sizes[name] = `threw ${(error as Error).name}: ${(error as Error).message}`;
      }
    }
    for (const [name, size] of Object.entries(sizes)) expect(typeof size === 'number' && size < 1_000_000, `${name}: ${size}`).toBe(true);
  });

  it('abort-as-mle: a crash is RE, not MLE, under the permission-model layer', async () => {
    useIsolation(chooseIsolation('node'));
    const judgment = await judge(FIXTURE_WORKSPACE, 'add', 'abort-as-mle.ts');
    expect(judgment.verdict, judgment.cases.map((c) => `${c.id} ${c.verdict} ${c.message ?? ''}`).join('\n')).toBe('RE');
  });

  it.runIf(chooseIsolation().mode === 'os')('abort-as-mle: a crash is RE, not MLE, under bubblewrap on a machine without a memory cgroup', async () => {
    useIsolation({ mode: 'os', machine: { ...probeMachine(), cgroup: null } });
    const judgment = await judge(FIXTURE_WORKSPACE, 'add', 'abort-as-mle.ts');
    expect(judgment.verdict, judgment.cases.map((c) => `${c.id} ${c.verdict} ${c.message ?? ''}`).join('\n')).toBe('RE');
  });

  it.runIf(chooseIsolation().mode === 'os' && probeMachine().cgroup !== null)('in-cgroup: every process of every sandbox is in its memory cgroup', async () => {
    // Seen from outside while the sandbox is stopped after its first case: prlimit-become-bwrap, bwrap's
    // first process inside, and Node, which runs the solution. Node is forked by bwrap's first process,
    // and inherits its cgroup only if the judge moved that process before the fork.
    const outside: string[] = [];
    for (let run = 0; run < 6; run++) {
      const cacheDir = temporaryFolder('kata-redteam-cgroup-');
      let checked = false;
      const judgment = await judge(FIXTURE_WORKSPACE, 'add', 'in-cgroup.ts', {
        cacheDir,
        cases: (examples) => examples.slice(0, 1),
        onCase: () => {
          if (checked) return;
          checked = true;
          const roots = processesNaming(cacheDir).filter((info) => commandLine(info.pid).includes('harness.mjs'));
          const all = new Set(roots.map((info) => info.pid));
          for (const pid of [...all]) for (const child of childrenOf(pid)) all.add(child);
          for (const pid of all) {
            const memory = readFileSync(`/proc/${pid}/cgroup`, 'utf8').split('\n').find((line) => /:(?:[^:]*,)?memory(?:,[^:]*)?:/.test(line)) ?? '';
            const command = commandLine(pid).split('\0')[0] ?? '';
            if (!/\/kata-\d+-\d+$/.test(memory)) outside.push(`run ${run}: pid ${pid} (${command}) is in ${memory}`);
          }
        },
      });
      expect(judgment.verdict).toBe('AC');
      expect(checked).toBe(true);
    }
    expect(outside, 'processes outside their sandbox cgroup').toEqual([]);
  });
});
