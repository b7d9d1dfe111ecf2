/**
 * `kata watch [slug]`: runs the examples on start and on every save of the solution, redraws the
 * screen with the first failure first, and judges the hidden cases once every example passes.
 * Keys: h hint, j judge, r reveal a failing hidden case, n next unsolved problem, q quit. Without a
 * slug it follows the solution saved last. The process stays up between saves, so the type check's
 * workers stay warm.
 */
import { existsSync, mkdirSync, readdirSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { materializeCases } from '../../judge/generate.ts';
import { judgeSolution } from '../../judge/judge.ts';
import { stuckThreads } from '../../judge/threads.ts';
import type { CaseResult, Judgment } from '../../judge/verdict.ts';
import { readHints } from '../../problem/lint.ts';
import { loadHiddenCases, loadProblem, type Case, type Problem } from '../../problem/load.ts';
import { loadLocalCases } from '../../problem/local-cases.ts';
import { recordAttempt } from '../../problem/progress.ts';
import { renderStub } from '../../problem/stub.ts';
import { humanReporter } from '../../report/human.ts';
import { KataError } from '../../util/errors.ts';
import { formatDuration } from '../../util/time.ts';
import type { CliContext } from '../context.ts';
import { THREAD_END_GRACE_MS } from '../exit.ts';
import { setUpIsolation } from '../judging.ts';
import { lastSaved, practiceHost } from '../solution-file.ts';
import type { HostKind } from '../../judge/host.ts';
import { keepAsLocalCase, revealFirstFailure, type Revealed } from '../reveal.ts';
import { nextHint } from './hint.ts';
import { pickNext } from './next.ts';
import { progressOrNote } from '../rows.ts';

/** Editors save in bursts (write, rename, chmod): one run per burst. */
const SETTLE_MS = 40;
/** Key presses waiting behind the task that runs: a held-down key stops queueing here. */
const MAX_QUEUED_KEYS = 8;
const KEYS = 'h hint · j judge · r reveal a failing hidden case · s keep it · n next problem · q quit';

interface Screen {
  examples?: Judgment;
  hidden?: Judgment;
  notes: string[];
  running?: string;
}

export async function run(context: CliContext, slug: string | undefined, options: { typecheck: boolean }): Promise<number> {
  const root = context.root();
  const solutions = join(root, 'solutions');
  setUpIsolation(context);
  const watcher = new Watcher(context, solutions, slug ?? lastSaved(root), options.typecheck);
  return watcher.start();
}

class Watcher {
  private problem!: Problem;
  private screen: Screen = { notes: [] };
  private busy = false;
  private queued: { kind: 'examples' | 'key'; task: () => Promise<void> }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stuckCheck: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Standard input has ended: no key reaches kata watch, so the screen offers none. */
  private keysOff = false;
  private fsWatcher: FSWatcher | null = null;
  private finish: (code: number) => void = () => {};
  private readonly tty = process.stdout.isTTY === true;
  private revealed: Revealed | null = null;

  constructor(
    private readonly context: CliContext,
    private readonly solutions: string,
    private slug: string,
    private readonly typecheck: boolean,
  ) {}

  start(): Promise<number> {
    this.switchTo(this.slug);
    const done = new Promise<number>((resolve) => (this.finish = resolve));
    this.fsWatcher = watch(this.solutions, (_, name) => this.onSave(name?.toString() ?? null));
    this.listenForKeys();
    const restore = () => this.restoreTerminal();
    const quit = () => this.quit();
    process.once('exit', restore);
    process.once('SIGINT', quit);
    process.once('SIGTERM', quit);
    this.schedule(() => this.runExamples(), 'examples');
    return done.finally(() => {
      process.off('exit', restore);
      process.off('SIGINT', quit);
      process.off('SIGTERM', quit);
      this.stop();
    });
  }

  private switchTo(slug: string): void {
    this.problem = loadProblem(this.context.root(), slug);
    this.slug = slug;
    this.screen = { notes: [] };
    this.revealed = null;
    const file = this.solutionFile();
    if (!existsSync(file)) {
      mkdirSync(this.solutions, { recursive: true });
      writeFileSync(file, renderStub(this.problem));
      this.screen.notes.push(`wrote ${this.context.display(file)} with the typed signature: fill it in and save`);
    }
  }

  private solutionFile(): string {
    return join(this.solutions, `${this.slug}.ts`);
  }

  private onSave(name: string | null): void {
    if (name === null || !name.endsWith('.ts')) return;
    const slug = name.slice(0, -'.ts'.length);
    if (!existsSync(join(this.solutions, name))) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // In turn, not at once: a run going on finishes, and is recorded, under the problem it began on.
      this.schedule(async () => {
        if (slug !== this.slug) {
          // Following the solution saved last: a save in another problem's file moves the watch there.
          try {
            this.switchTo(slug);
          } catch {
            return; // a .ts file that is no problem's solution
          }
        }
        await this.runExamples();
      }, 'examples');
    }, SETTLE_MS);
  }

  /**
   * One task at a time. Saves during a task queue one more run of the examples (of the file saved last),
   * never a pile, and never dropped; each key pressed meanwhile queues its own task, in order (two presses of h are two hints),
   * up to a bound. Nothing runs once the watch has stopped.
   */
  private schedule(task: () => Promise<void>, kind: 'examples' | 'key' = 'key'): void {
    if (this.stopped) return;
    if (this.busy) {
      const waiting = this.queued.filter((queued) => queued.kind === kind);
      if (kind === 'examples' && waiting[0]) waiting[0].task = task;
      else if (kind === 'examples' || waiting.length < MAX_QUEUED_KEYS) this.queued.push({ kind, task });
      return;
    }
    this.busy = true;
    task()
      .catch((error: unknown) => this.screen.notes.push(this.context.style.fail(`kata: ${error instanceof Error ? error.message : String(error)}`)))
      .finally(() => {
        this.busy = false;
        if (this.stopped) return;
        this.draw();
        const next = this.queued.shift();
        if (next) this.schedule(next.task, next.kind);
      });
  }

  /** The examples and the solver's local cases; with `hidden`, the hidden cases too. */
  private async cases(hidden: boolean): Promise<Case[]> {
    const root = this.context.root();
    const visible = [...this.problem.examples, ...(await loadLocalCases(root, this.problem))];
    return hidden ? materializeCases(this.problem, [...visible, ...loadHiddenCases(root, this.problem)], this.context.cacheDir()) : visible;
  }

  /** The examples run where kata test runs them (a thread, for the solver's own file); hidden cases always in the sandbox. */
  private judge(cases: readonly Case[], host: HostKind = 'process'): Promise<Judgment> {
    const file = this.solutionFile();
    return judgeSolution({ problem: this.problem, cases, solutionFile: file, solutionLabel: this.context.display(file), cacheDir: this.context.cacheDir(), typecheck: this.typecheck, host });
  }

  private async runExamples(): Promise<void> {
    this.screen = { notes: this.screen.notes.filter((note) => note.startsWith('wrote ')), running: 'running the examples…' };
    this.draw();
    const host = practiceHost(this.context, this.slug, this.solutionFile());
    const examples = await this.judge(await this.cases(false), host);
    if (host === 'thread') this.checkForStuckThread();
    this.screen.examples = examples;
    this.screen.running = undefined;
    await this.record('test', examples);
    if (examples.verdict !== 'AC') return;
    this.screen.running = 'every example passes: judging the hidden cases…';
    this.draw();
    await this.runHidden();
  }

  private async runHidden(): Promise<void> {
    const judgment = await this.judge(await this.cases(true));
    this.screen.hidden = judgment;
    this.screen.running = undefined;
    await this.record('judge', judgment);
  }

  /** The first failing hidden case in full: the cases are on the solver's own disk, so kata says so plainly. */
  private async reveal(): Promise<void> {
    this.screen.running = 'judging, to find the first failing hidden case…';
    this.draw();
    const cases = await this.cases(true);
    const judgment = this.screen.hidden ?? (await this.judge(cases));
    this.screen.hidden = judgment;
    const revealed = await revealFirstFailure(this.context, this.problem, cases, judgment, this.solutionFile(), this.typecheck);
    this.screen.running = undefined;
    if (!revealed) {
      this.screen.notes.push(judgment.verdict === 'AC' ? 'every hidden case passes: nothing to reveal' : 'no hidden case failed: the failures are examples, shown in full');
      return;
    }
    this.revealed = revealed;
    this.screen.notes.push(`${this.context.style.bold(`revealed ${revealed.testCase.id}`)} ${this.context.style.dim('(judged again to show it)')}`, humanReporter.caseDone(revealed.result, this.context.style) ?? '', this.context.style.dim('s keeps it as a local case, which every run from now on includes'));
  }

  private async keep(): Promise<void> {
    if (!this.revealed) {
      this.screen.notes.push('nothing revealed to keep: r reveals a failing hidden case first');
    } else {
      this.screen.notes.push(await keepAsLocalCase(this.context, this.problem, this.revealed));
      this.revealed = null;
    }
    this.draw();
  }

  private async hint(): Promise<void> {
    const hints = readHints(this.problem.dir);
    const { shown, used, notRecorded } = await nextHint(this.context.root(), this.slug, hints.length);
    if (hints.length === 0) this.screen.notes.push('this problem has no hints');
    else if (used === shown) this.screen.notes.push(`no more hints (${hints.length} shown): r reveals a failing hidden case`);
    else this.screen.notes.push(`${this.context.style.bold(`Hint ${shown} of ${hints.length}:`)} ${hints[shown - 1]}`);
    if (notRecorded) this.screen.notes.push(`hint not recorded: ${notRecorded.message} (${notRecorded.hint ?? ''})`);
    this.draw();
  }

  private async next(): Promise<void> {
    const row = await pickNext(this.context, await progressOrNote(this.context), {}, this.slug);
    if (!row) {
      this.screen.notes.push('every other problem is solved');
      this.draw();
      return;
    }
    this.switchTo(row.slug);
    this.schedule(() => this.runExamples(), 'examples');
  }

  private async record(kind: 'test' | 'judge', judgment: Judgment): Promise<void> {
    try {
      await recordAttempt(this.context.root(), this.slug, { kind, verdict: judgment.verdict, timeMs: judgment.timeMs });
    } catch (error) {
      this.screen.notes.push(`progress not recorded: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private listenForKeys(): void {
    const input = process.stdin;
    if (input.isTTY) input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', (data: string) => {
      for (const key of data) if (!this.stopped) this.onKey(key);
    });
    // Input that ends (/dev/null, a closed pipe, an editor's task runner) is no q: the watch goes on without keys.
    input.on('end', () => {
      if (this.stopped) return;
      this.keysOff = true;
      this.screen.notes.push('standard input has ended, so keys are off: Ctrl-C stops kata watch');
      if (!this.busy) this.draw();
    });
    input.resume();
  }

  private onKey(key: string): void {
    switch (key) {
      case 'q':
      case '\u0003': // Ctrl-C: raw mode delivers it as a key, not a signal
        this.quit();
        break;
      case 'h':
        this.schedule(() => this.hint());
        break;
      case 'j':
        this.schedule(() => this.runHidden());
        break;
      case 'r':
        this.schedule(() => this.reveal());
        break;
      case 'n':
        this.schedule(() => this.next());
        break;
      case 's':
        this.schedule(() => this.keep());
        break;
      default:
        break;
    }
  }

  private draw(): void {
    const { style } = this.context;
    const lines: string[] = [];
    const file = this.context.display(this.solutionFile());
    lines.push(`${style.bold(this.problem.meta.title)} ${style.dim(`(${this.slug}) · ${file} · ${new Date().toLocaleTimeString()}`)}`, '');
    if (this.screen.examples) lines.push(...section('examples', this.screen.examples, style));
    if (this.screen.hidden) lines.push('', ...section('examples and hidden cases', this.screen.hidden, style));
    if (this.screen.running) lines.push('', style.dim(this.screen.running));
    if (this.screen.notes.length > 0) lines.push('', ...this.screen.notes);
    const stuck = stuckThreads(THREAD_END_GRACE_MS);
    if (stuck > 0) lines.push('', style.warn(`${stuck === 1 ? "an earlier run's thread is" : `${stuck} earlier runs' threads are`} stuck in one native call that cannot be interrupted, and ${stuck === 1 ? 'keeps a core' : 'keep cores'} busy: q quits kata watch and ends ${stuck === 1 ? 'it' : 'them'} (exit status 137)`));
    if (!this.keysOff) lines.push('', style.dim(KEYS));
    // A terminal is redrawn in place; a pipe or log gets each screen after a rule.
    const clear = this.tty ? '\u001b[2J\u001b[3J\u001b[H' : `${'─'.repeat(40)}\n`;
    process.stdout.write(`${clear}${lines.join('\n')}\n`);
  }

  /** A thread that outlives its grace period is stuck in a native call: the screen says so once it is. */
  private checkForStuckThread(): void {
    if (this.stuckCheck) clearTimeout(this.stuckCheck);
    this.stuckCheck = setTimeout(() => {
      if (!this.busy && !this.stopped && stuckThreads(THREAD_END_GRACE_MS) > 0) this.draw();
    }, THREAD_END_GRACE_MS + 100).unref();
  }

  /** At once, so that no key after q in the same read, and nothing queued, runs. */
  private quit(): void {
    this.stopped = true;
    this.queued = [];
    this.finish(0);
  }

  private stop(): void {
    this.fsWatcher?.close();
    if (this.timer) clearTimeout(this.timer);
    if (this.stuckCheck) clearTimeout(this.stuckCheck);
    process.stdin.pause();
    this.restoreTerminal();
  }

  private restoreTerminal(): void {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  }
}

/** A judgment with its failures first: the case to look at is at the top of the screen. */
function section(title: string, judgment: Judgment, style: CliContext['style']): string[] {
  const failing = judgment.cases.filter((result) => result.verdict !== 'AC' && result.verdict !== 'SKIPPED');
  const passing = judgment.cases.filter((result) => !failing.includes(result));
  const verdict = judgment.verdict === 'AC' ? style.pass('AC') : style.fail(judgment.verdict);
  const lines = [`${style.bold(title)}: ${verdict} ${judgment.passed}/${judgment.total} passed ${style.dim(formatDuration(judgment.timeMs))}`];
  if (judgment.message) lines.push(`  ${judgment.message}`);
  const caseLine = (result: CaseResult) => humanReporter.caseDone(result, style) ?? '';
  // Only the first failure in full: the screen is for the next thing to fix.
  const brief = ({ detail: _, ...result }: CaseResult): CaseResult => result;
  lines.push(...failing.slice(0, 1).map(caseLine), ...failing.slice(1).map((result) => caseLine(brief(result))), ...passing.map(caseLine));
  return lines;
}
